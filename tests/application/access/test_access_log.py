"""Every read of a case is recorded first; auditors page through the records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest

from application.access.actor import Actor
from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.errors import AccessLogUnavailableError, NotFoundError
from interfaces.config import Settings
from tests.application.given import INTAKE_WORKER, given_opened_case
from tests.application.given_access import LedgerWithoutAccessLog

STRANGER = Actor(uuid4(), "seibu_houkatsu", "caseworker")


def given_reads(ledger: CaseLedger, count: int) -> UUID:
    case_id = given_opened_case(ledger).case_id
    for _ in range(count):
        ledger.read_case(INTAKE_WORKER, case_id, "case_work")
    return case_id


def test_a_read_is_recorded_with_who_what_and_why(ledger: CaseLedger) -> None:
    case_id = given_opened_case(ledger).case_id

    ledger.read_case(INTAKE_WORKER, case_id, "home_visit_preparation")

    (entry,) = ledger.access_log(AccessLogQuery()).entries
    assert (entry.user_id, entry.agency, entry.role) == (
        INTAKE_WORKER.user_id,
        "chuo_houkatsu",
        "caseworker",
    )
    assert (entry.action, entry.resource_type, entry.resource_id) == (
        "read_full",
        "case",
        str(case_id),
    )
    assert entry.purpose == "home_visit_preparation"


def test_a_refused_read_is_recorded_with_its_refusal(ledger: CaseLedger) -> None:
    case_id = given_opened_case(ledger).case_id

    with pytest.raises(NotFoundError):  # a stranger: as if there were no case
        ledger.read_case(STRANGER, case_id, "case_work")

    (entry,) = ledger.access_log(AccessLogQuery(outcome="denied")).entries
    assert (entry.user_id, entry.resource_id) == (STRANGER.user_id, str(case_id))
    assert (entry.outcome, entry.reason) == ("denied", "not_found")
    assert ledger.access_log(AccessLogQuery(outcome="allowed")).entries == ()


def test_the_log_pages_in_the_ledgers_order(ledger: CaseLedger) -> None:
    given_reads(ledger, 5)

    first = ledger.access_log(AccessLogQuery(limit=3))
    rest = ledger.access_log(AccessLogQuery(after=first.next_after or 0, limit=3))

    assert len(first.entries) == 3
    assert len(rest.entries) == 2
    assert rest.next_after is None
    positions = [e.position for e in (*first.entries, *rest.entries)]
    assert positions == sorted(positions)


def test_the_log_filters_by_case_user_and_time(ledger: CaseLedger) -> None:
    case_id = given_reads(ledger, 2)
    given_reads(ledger, 1)
    later = datetime.now(UTC) + timedelta(hours=1)

    by_case = ledger.access_log(AccessLogQuery(resource_id=str(case_id)))
    by_other = ledger.access_log(AccessLogQuery(user_id=STRANGER.user_id))
    by_time = ledger.access_log(AccessLogQuery(since=later))

    assert len(by_case.entries) == 2
    assert by_other.entries == by_time.entries == ()


def test_a_read_that_cannot_be_recorded_fails(settings: Settings) -> None:
    ledger = LedgerWithoutAccessLog(settings.ledger_env(), keyring=settings.keyring())
    ledger.create_tables()
    case_id = given_opened_case(ledger).case_id

    with pytest.raises(AccessLogUnavailableError):
        ledger.read_case(INTAKE_WORKER, case_id, "case_work")

    ledger.close()
