"""R4: what an accepted referral gives lasts only as long as its basis."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.activity import Activity
from domain.basis import Basis
from domain.case import Case
from domain.errors import NotWorkingOnCaseError
from domain.referral import ReferralStatus
from tests.domain.given import (
    INTAKE_AGENCY,
    RECEIVER,
    WORKER,
    a_referral,
    given_case_with_consent,
    given_open_case,
    recorded_on,
    withdraw,
)

ACCEPTED_ON = date(2026, 5, 21)


def given_accepted(case: Case, basis: Basis | None = None) -> None:
    referral = a_referral(case, date(2026, 5, 20), basis=basis, categories=("basic",))
    case.request_referral(referral, WORKER, recorded_on(date(2026, 5, 20)))
    case.move_referral(
        referral_id=referral.referral_id,
        status=ReferralStatus.ACCEPTED,
        agency=RECEIVER,
        on=ACCEPTED_ON,
        note=None,
        recorded_by=WORKER,
        recording=recorded_on(ACCEPTED_ON),
    )
    case.collect_events()


def a_visit(agency: str, day: date) -> Activity:
    return Activity(uuid4(), "home_visit", "outreach", agency, day, None)


def test_the_receiver_works_on_the_basis_of_its_accepted_referral() -> None:
    case, consent = given_case_with_consent()
    given_accepted(case)

    case.record_activity(
        a_visit(RECEIVER, date(2026, 6, 1)), WORKER, recorded_on(date(2026, 6, 1))
    )

    (recorded,) = case.collect_events()
    assert isinstance(recorded, Case.ActivityRecorded)
    assert recorded.basis == Basis.of_consent(consent.consent_id)
    assert case.workers_on(date(2026, 6, 1)) == {INTAKE_AGENCY, RECEIVER}


def test_work_is_not_dated_before_the_referral_was_accepted() -> None:
    case, _ = given_case_with_consent()
    given_accepted(case)

    with pytest.raises(NotWorkingOnCaseError):
        case.record_activity(
            a_visit(RECEIVER, date(2026, 5, 20)),
            WORKER,
            recorded_on(date(2026, 6, 1)),
        )


def test_a_withdrawal_ends_the_receivers_work_that_day() -> None:
    case, consent = given_case_with_consent()
    given_accepted(case)
    withdraw(case, consent.consent_id, date(2026, 6, 15))

    with pytest.raises(NotWorkingOnCaseError):
        case.record_activity(
            a_visit(RECEIVER, date(2026, 6, 10)),
            WORKER,
            recorded_on(date(2026, 6, 15)),
        )

    assert case.referred_on(date(2026, 6, 15)) == {}
    assert RECEIVER not in case.shares_on(date(2026, 6, 15))


def test_an_expiry_ends_the_receivers_read() -> None:
    case, _ = given_case_with_consent(valid_until=date(2026, 6, 30))
    given_accepted(case)

    assert RECEIVER in case.shares_on(date(2026, 6, 30))
    assert RECEIVER not in case.shares_on(date(2026, 7, 1))


def test_a_statutory_referral_gives_its_categories_while_it_is_accepted() -> None:
    case = given_open_case()
    basis = Basis(kind="statute", statute="elder_abuse_notification")
    given_accepted(case, basis)

    assert case.shares_on(date(2026, 9, 1)) == {RECEIVER: frozenset({"basic"})}
    assert case.referred_on(date(2026, 9, 1)) == {RECEIVER: basis}


def test_an_agency_with_a_plan_role_works_on_the_case_but_records_nothing() -> None:
    case = given_open_case()

    with pytest.raises(NotWorkingOnCaseError):
        case.record_activity(
            a_visit("fukushi_ka", date(2026, 6, 1)),
            WORKER,
            recorded_on(date(2026, 6, 1)),
        )
