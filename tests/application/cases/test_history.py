"""A case's history as of any moment, for auditors and supervisors (both stores)."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.cases.forms import OpenedCase
from application.cases.history_render import HIDDEN_TEXT
from application.errors import ForbiddenError, NotFoundError
from domain.errors import NotPermittedError
from tests.application.given import INTAKE_WORKER, SUMMARY, given_case_with_consent
from tests.application.integrity.given import sql, stored_id

AUDITOR = Actor(uuid4(), "fukushi_ka", "auditor")
OWN_SUPERVISOR = Actor(uuid4(), "chuo_houkatsu", "supervisor")
OTHER_SUPERVISOR = Actor(uuid4(), "shakyo", "supervisor")


def given_closed_case(ledger: CaseLedger) -> OpenedCase:
    opened, _ = given_case_with_consent(ledger)
    ledger.close_case(
        INTAKE_WORKER,
        opened.case_id,
        date(2026, 6, 1),
        "解決",
        reason_code="goals_reached",
    )
    return opened


def test_an_auditor_sees_every_event_with_personal_data_and_the_state(
    ledger: CaseLedger,
) -> None:
    opened = given_closed_case(ledger)

    history = ledger.case_history(AUDITOR, opened.case_id)

    assert [e.version for e in history.events] == [1, 2, 3]
    assert [e.type for e in history.events] == [
        "Case.Opened",
        "Case.ConsentGranted",
        "Case.Closed",
    ]
    assert history.versions_contiguous
    assert history.events[0].data["summary"] == SUMMARY
    assert history.events[2].occurred_at == date(2026, 6, 1)
    assert history.events[0].recorded_by == str(INTAKE_WORKER.user_id)
    assert history.state is not None
    assert history.state["closed_on"] == "2026-06-01"


def test_the_state_as_of_a_moment_replays_only_what_was_recorded_by_then(
    ledger: CaseLedger,
) -> None:
    opened = given_closed_case(ledger)
    full = ledger.case_history(AUDITOR, opened.case_id)
    before_closing = full.events[1].recorded_at

    history = ledger.case_history(AUDITOR, opened.case_id, as_of=before_closing)

    assert [e.version for e in history.events] == [1, 2]
    assert history.state is not None
    assert history.state["closed_on"] is None
    assert history.state["version"] == 2


def test_before_the_case_was_opened_there_is_no_state(ledger: CaseLedger) -> None:
    opened = given_closed_case(ledger)
    first = ledger.case_history(AUDITOR, opened.case_id).events[0].recorded_at

    history = ledger.case_history(
        AUDITOR, opened.case_id, as_of=first - timedelta(seconds=1)
    )

    assert history.events == []
    assert history.state is None


def test_a_supervisor_of_the_owning_agency_sees_personal_data_hidden(
    ledger: CaseLedger,
) -> None:
    opened = given_closed_case(ledger)

    history = ledger.case_history(OWN_SUPERVISOR, opened.case_id)

    assert not history.personal_data_shown
    assert history.events[0].data["summary"] == HIDDEN_TEXT
    assert history.state is not None
    assert history.state["summary"] == HIDDEN_TEXT


@pytest.mark.parametrize(
    "reader",
    [OTHER_SUPERVISOR, Actor(uuid4(), "chuo_houkatsu", "caseworker")],
    ids=["other-agency-supervisor", "caseworker"],
)
def test_others_may_not_read_the_history(ledger: CaseLedger, reader: Actor) -> None:
    opened = given_closed_case(ledger)

    with pytest.raises((ForbiddenError, NotPermittedError)):
        ledger.case_history(reader, opened.case_id)


def test_every_read_of_a_history_is_in_the_access_log(ledger: CaseLedger) -> None:
    opened = given_closed_case(ledger)

    ledger.case_history(AUDITOR, opened.case_id, purpose="annual_audit")

    page = ledger.access_log(AccessLogQuery(resource_id=str(opened.case_id)))
    entries = [(e.user_id, e.action, e.purpose) for e in page.entries]
    assert entries == [(AUDITOR.user_id, "read_history", "annual_audit")]


def test_a_missing_version_makes_the_history_say_so(ledger: CaseLedger) -> None:
    opened = given_closed_case(ledger)
    sql(
        ledger,
        "DELETE FROM {events} WHERE originator_id = ? AND originator_version = 2",
        (stored_id(ledger, opened.case_id),),
    )

    history = ledger.case_history(AUDITOR, opened.case_id)

    assert not history.versions_contiguous
    assert [e.version for e in history.events] == [1, 3]
    assert history.state is None


def test_the_history_of_an_unknown_case_is_not_found(ledger: CaseLedger) -> None:
    with pytest.raises(NotFoundError):
        ledger.case_history(AUDITOR, uuid4())


def test_the_history_of_something_that_is_no_case_is_not_found(
    ledger: CaseLedger,
) -> None:
    opened = given_closed_case(ledger)

    with pytest.raises(NotFoundError):
        ledger.case_history(AUDITOR, opened.person_id)
