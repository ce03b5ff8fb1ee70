"""Erasure by two people destroys one person's key: exactly their data goes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from application.case_ledger import CaseLedger
from domain.errors import PersonErasedError, SelfApprovalError
from domain.person import Person
from domain.personal import REDACTED_TEXT
from interfaces.config import Settings
from tests.application.given import (
    APPROVER,
    INTAKE_WORKER,
    REQUESTER,
    SUMMARY,
    a_consent_form,
    given_case_with_consent,
    given_erased,
    given_opened_case,
)


def test_erasing_a_person_makes_exactly_their_data_unreadable(
    ledger: CaseLedger, settings: Settings
) -> None:
    erased, _ = given_case_with_consent(ledger)
    kept = given_opened_case(ledger, name="那須 次郎")

    given_erased(ledger, erased.person_id)

    fresh = settings.build_ledger()  # no key cached: read from the store
    person = fresh.get_person(erased.person_id)
    case = fresh.get_case(erased.case_id)
    assert person.identity.name.erased
    assert person.identity.name.text == REDACTED_TEXT
    assert case.summary.erased
    assert case.intake.fields == ("elderly_care",)  # structure survives
    assert len(case.consents) == 1  # and so do the counts
    assert fresh.get_person(kept.person_id).identity.name.text == "那須 次郎"
    assert fresh.get_case(kept.case_id).summary.text == SUMMARY
    fresh.close()


def test_a_representatives_name_and_relationship_are_erased_with_the_person(
    ledger: CaseLedger, settings: Settings
) -> None:
    opened = given_opened_case(ledger)
    form = replace(
        a_consent_form(),
        given_by="representative",
        standing="voluntary_agent",
        representative="大田原 一郎",
        relationship="長男",
    )
    consent_id, _ = ledger.grant_consent(INTAKE_WORKER, opened.case_id, form)

    given_erased(ledger, opened.person_id)

    fresh = settings.build_ledger()
    consent = fresh.get_case(opened.case_id).consents[str(consent_id)]
    assert consent.representative is not None
    assert consent.relationship is not None
    assert consent.representative.erased
    assert consent.relationship.erased
    assert consent.relationship.text == REDACTED_TEXT
    fresh.close()


def test_the_request_and_the_approval_are_events_with_reference_who_and_when(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)

    request_id = given_erased(ledger, opened.person_id, ref="R8-消去-007")

    events = list(ledger.events.get(opened.person_id))
    requested, approved, erased = events[-3:]
    assert isinstance(requested, Person.ErasureRequested)
    assert isinstance(approved, Person.ErasureApproved)
    assert isinstance(erased, Person.Erased)
    assert {requested.request_ref, approved.request_ref} == {"R8-消去-007"}
    assert requested.recorded_by == REQUESTER.recorded_by
    assert approved.recorded_by == APPROVER.recorded_by
    assert erased.request_id == request_id
    assert requested.timestamp <= approved.timestamp


def test_the_requester_cannot_approve_and_nothing_is_erased(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    admin = replace(APPROVER)
    request_id, _ = ledger.request_erasure(admin, opened.person_id, "R-1", "請求")

    with pytest.raises(SelfApprovalError):
        ledger.approve_erasure(admin, opened.person_id, request_id)

    person = ledger.get_person(opened.person_id)
    assert person.identity.name.text == "大田原 花子"
    assert not ledger.keyring.is_destroyed(opened.person_id)


def test_a_refused_request_leaves_the_person_readable(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    request_id, _ = ledger.request_erasure(REQUESTER, opened.person_id, "R-2", "請求")

    ledger.refuse_erasure(APPROVER, opened.person_id, request_id, "保存義務")

    (request,) = ledger.erasure_requests(opened.person_id)
    assert request.status == "refused"
    assert request.answered_by == APPROVER.recorded_by
    assert ledger.get_person(opened.person_id).identity.name.text == "大田原 花子"


def test_nothing_personal_can_be_added_for_an_erased_person(
    ledger: CaseLedger,
) -> None:
    opened, _ = given_case_with_consent(ledger)
    given_erased(ledger, opened.person_id)

    with pytest.raises(PersonErasedError):
        ledger.close_case(
            INTAKE_WORKER,
            opened.case_id,
            date(2026, 6, 20),
            "終結",
            reason_code="goals_reached",
        )

    ledger.close_case(
        INTAKE_WORKER,
        opened.case_id,
        date(2026, 6, 20),
        None,
        reason_code="goals_reached",
    )
    assert ledger.get_case(opened.case_id).is_closed


def test_a_person_is_erased_only_once(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    given_erased(ledger, opened.person_id)

    with pytest.raises(PersonErasedError):
        ledger.request_erasure(REQUESTER, opened.person_id, "R-3", "再度")
