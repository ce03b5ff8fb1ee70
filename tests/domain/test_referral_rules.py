"""Rules of referrals (つなぎ): consent as of the act's date, and the closed loop."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest

from domain.basis import Basis
from domain.case import Case
from domain.errors import (
    ConsentRequiredError,
    NotReceivingAgencyError,
    NotSendingAgencyError,
    ReferralNotFoundError,
    ReferralTransitionError,
    SelfReferralError,
)
from domain.personal import Personal
from domain.referral import ReferralStatus
from tests.domain.given import (
    INTAKE_AGENCY,
    RECEIVER,
    WORKER,
    given_case_with_consent,
    given_open_case,
    given_requested_referral,
    recorded_on,
    request,
    withdraw,
)

STEP_DAY = date(2026, 6, 1)


def step(
    case: Case,
    referral_id: UUID,
    status: ReferralStatus,
    agency: str,
    day: date = STEP_DAY,
) -> None:
    note = Personal(case.intake.person_id, "メモ")
    case.move_referral(
        referral_id=referral_id,
        status=status,
        agency=agency,
        on=day,
        note=note,
        recorded_by=WORKER,
        recording=recorded_on(day),
    )


def test_a_referral_needs_a_consent_covering_the_agency_for_referral() -> None:
    case = given_open_case()

    with pytest.raises(ConsentRequiredError):
        request(case, date(2026, 5, 20))

    assert case.collect_events() == []


@pytest.mark.parametrize(
    ("terms", "day"),
    [
        ({"agencies": ("fukushi_ka",)}, date(2026, 5, 20)),
        ({"purposes": ("information_sharing",)}, date(2026, 5, 20)),
        ({"valid_from": date(2026, 6, 1)}, date(2026, 5, 31)),
        ({"valid_until": date(2026, 5, 19)}, date(2026, 5, 20)),
    ],
    ids=["other-agency", "other-purpose", "before-valid-from", "after-valid-until"],
)
def test_a_referral_is_refused_when_no_consent_covers_agency_purpose_and_date(
    terms: dict[str, object], day: date
) -> None:
    case, _ = given_case_with_consent(**terms)

    with pytest.raises(ConsentRequiredError):
        request(case, day)

    assert case.collect_events() == []


def test_a_consent_is_valid_on_its_first_and_last_day() -> None:
    case, _ = given_case_with_consent(
        valid_from=date(2026, 6, 1), valid_until=date(2026, 6, 30)
    )

    request(case, date(2026, 6, 1))
    request(case, date(2026, 6, 30))

    assert [type(e) for e in case.collect_events()] == [Case.ReferralRequested] * 2


def test_the_referral_records_the_consent_it_relied_on() -> None:
    case, consent = given_case_with_consent()

    referral_id = request(case, date(2026, 5, 20))

    (requested,) = case.collect_events()
    assert isinstance(requested, Case.ReferralRequested)
    assert requested.referral.basis == Basis.of_consent(consent.consent_id)
    assert case.referral(referral_id).basis.consent_id == consent.consent_id


def test_a_referral_is_refused_on_and_after_the_withdrawal_date() -> None:
    case, consent = given_case_with_consent()
    withdraw(case, consent.consent_id, date(2026, 7, 1))

    with pytest.raises(ConsentRequiredError):
        request(case, date(2026, 7, 1))

    assert case.collect_events()[-1].__class__ is Case.ConsentWithdrawn


def test_an_act_recorded_after_a_withdrawal_cannot_rest_on_it_whatever_its_date() -> (
    None
):
    case, consent = given_case_with_consent()
    withdraw(case, consent.consent_id, date(2026, 7, 1))
    case.collect_events()

    with pytest.raises(ConsentRequiredError, match="withdrawn"):
        request(case, date(2026, 6, 30), recorded=date(2026, 7, 1))

    assert case.collect_events() == []


def test_an_expired_consent_carries_no_act_recorded_after_its_end() -> None:
    case, _ = given_case_with_consent(valid_until=date(2026, 6, 30))

    with pytest.raises(ConsentRequiredError, match="expired"):
        request(case, date(2026, 6, 25), recorded=date(2026, 7, 1))

    assert case.collect_events() == []


def test_a_withdrawal_takes_effect_from_its_date_and_never_rewrites_the_past() -> None:
    case, consent = given_case_with_consent()
    referral_id = request(case, date(2026, 5, 20))
    before = case.referral(referral_id)

    withdraw(case, consent.consent_id, date(2026, 5, 21))

    assert case.referral(referral_id) == before
    assert case.consent(consent.consent_id).is_valid_on(date(2026, 5, 20))
    assert not case.consent(consent.consent_id).is_valid_on(date(2026, 5, 21))


def test_an_agency_cannot_refer_to_itself() -> None:
    case, _ = given_case_with_consent(agencies=(INTAKE_AGENCY,))

    with pytest.raises(SelfReferralError):
        request(case, date(2026, 5, 20), to=INTAKE_AGENCY)


@pytest.mark.parametrize(
    "status",
    [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.COMPLETED],
)
def test_only_the_receiving_agency_accepts_declines_or_completes(
    status: ReferralStatus,
) -> None:
    case, referral_id = given_requested_referral()

    with pytest.raises(NotReceivingAgencyError):
        step(case, referral_id, status, INTAKE_AGENCY)

    assert case.collect_events() == []


def test_only_the_sending_agency_may_cancel() -> None:
    case, referral_id = given_requested_referral()

    with pytest.raises(NotSendingAgencyError):
        step(case, referral_id, ReferralStatus.CANCELLED, RECEIVER)

    assert case.collect_events() == []


def test_the_sending_agency_may_cancel_a_requested_referral() -> None:
    case, referral_id = given_requested_referral()

    step(case, referral_id, ReferralStatus.CANCELLED, INTAKE_AGENCY)

    assert [type(e) for e in case.collect_events()] == [Case.ReferralCancelled]
    assert case.referral(referral_id).status == ReferralStatus.CANCELLED


def actor_for(status: ReferralStatus) -> str:
    return INTAKE_AGENCY if status is ReferralStatus.CANCELLED else RECEIVER


LOOP = {
    (ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED): Case.ReferralAccepted,
    (ReferralStatus.REQUESTED, ReferralStatus.DECLINED): Case.ReferralDeclined,
    (ReferralStatus.REQUESTED, ReferralStatus.CANCELLED): Case.ReferralCancelled,
    (ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED): Case.ReferralCompleted,
    (ReferralStatus.ACCEPTED, ReferralStatus.CANCELLED): Case.ReferralCancelled,
}
PATHS = {
    ReferralStatus.REQUESTED: [],
    ReferralStatus.ACCEPTED: [ReferralStatus.ACCEPTED],
    ReferralStatus.DECLINED: [ReferralStatus.DECLINED],
    ReferralStatus.CANCELLED: [ReferralStatus.CANCELLED],
    ReferralStatus.COMPLETED: [ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED],
}
STEPS = [s for s in ReferralStatus if s is not ReferralStatus.REQUESTED]


def given_referral_in(status: ReferralStatus) -> tuple[Case, UUID]:
    case, referral_id = given_requested_referral()
    for earlier in PATHS[status]:
        step(case, referral_id, earlier, actor_for(earlier))
    case.collect_events()
    return case, referral_id


@pytest.mark.parametrize("target", STEPS)
@pytest.mark.parametrize("start", list(ReferralStatus))
def test_the_closed_loop_allows_exactly_its_transitions(
    start: ReferralStatus, target: ReferralStatus
) -> None:
    case, referral_id = given_referral_in(start)

    if (start, target) in LOOP:
        step(case, referral_id, target, actor_for(target))
        assert [type(e) for e in case.collect_events()] == [LOOP[start, target]]
        assert case.referral(referral_id).status == target
    else:
        with pytest.raises(ReferralTransitionError):
            step(case, referral_id, target, actor_for(target))
        assert case.collect_events() == []


@pytest.mark.parametrize("status", [ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED])
def test_accepting_or_completing_rechecks_the_consent_then(
    status: ReferralStatus,
) -> None:
    before = {
        ReferralStatus.ACCEPTED: ReferralStatus.REQUESTED,
        ReferralStatus.COMPLETED: ReferralStatus.ACCEPTED,
    }
    case, referral_id = given_referral_in(before[status])
    consent_id = case.referral(referral_id).basis.consent_id
    assert consent_id is not None
    withdraw(case, consent_id, date(2026, 6, 2))
    case.collect_events()

    with pytest.raises(ConsentRequiredError):
        step(case, referral_id, status, RECEIVER, date(2026, 6, 3))

    assert case.collect_events() == []


def test_declining_or_cancelling_needs_no_basis_after_a_withdrawal() -> None:
    case, referral_id = given_requested_referral()
    consent_id = case.referral(referral_id).basis.consent_id
    assert consent_id is not None
    withdraw(case, consent_id, date(2026, 5, 25))

    step(case, referral_id, ReferralStatus.DECLINED, RECEIVER, date(2026, 5, 26))

    assert case.referral(referral_id).status == ReferralStatus.DECLINED


def test_a_step_on_an_unknown_referral_is_refused() -> None:
    case, _ = given_requested_referral()

    with pytest.raises(ReferralNotFoundError):
        step(case, UUID(int=1), ReferralStatus.ACCEPTED, RECEIVER)
