"""R3: a withdrawal looks forward: from its valid_from, not ahead, not under an act."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import InvalidDateError, WithdrawalBeforeActError
from domain.referral import ReferralStatus
from tests.domain.given import (
    RECEIVER,
    WORKER,
    given_case_with_consent,
    given_requested_referral,
    recorded_on,
)

TODAY = date(2026, 6, 30)


def test_a_withdrawal_before_the_consent_began_is_refused() -> None:
    case, consent = given_case_with_consent(valid_from=date(2026, 6, 1))

    with pytest.raises(InvalidDateError, match="valid_from"):
        case.withdraw_consent(
            consent.consent_id, date(2026, 5, 31), None, WORKER, recorded_on(TODAY)
        )

    assert case.collect_events() == []


def test_a_withdrawal_dated_ahead_is_refused() -> None:
    case, consent = given_case_with_consent()

    with pytest.raises(InvalidDateError, match="after today"):
        case.withdraw_consent(
            consent.consent_id, date(2026, 7, 1), None, WORKER, recorded_on(TODAY)
        )


def test_a_withdrawal_before_an_act_on_the_consent_names_that_act() -> None:
    case, referral_id = given_requested_referral()  # requested on 2026-05-20
    consent_id = case.referral(referral_id).basis.consent_id
    assert consent_id is not None

    with pytest.raises(WithdrawalBeforeActError, match=f"referral {referral_id}"):
        case.withdraw_consent(
            consent_id, date(2026, 5, 19), None, WORKER, recorded_on(TODAY)
        )


def test_a_later_step_of_the_referral_is_an_act_on_the_consent_too() -> None:
    case, referral_id = given_requested_referral()
    case.move_referral(
        referral_id=referral_id,
        status=ReferralStatus.ACCEPTED,
        agency=RECEIVER,
        on=date(2026, 6, 10),
        note=None,
        recorded_by=WORKER,
        recording=recorded_on(date(2026, 6, 10)),
    )
    consent_id = case.referral(referral_id).basis.consent_id
    assert consent_id is not None

    with pytest.raises(WithdrawalBeforeActError, match="2026-06-10"):
        case.withdraw_consent(
            consent_id, date(2026, 6, 9), None, WORKER, recorded_on(TODAY)
        )


def test_a_withdrawal_keeps_when_it_was_recorded() -> None:
    case, consent = given_case_with_consent()
    recording = recorded_on(TODAY)

    case.withdraw_consent(consent.consent_id, TODAY, None, WORKER, recording)

    withdrawn = case.consent(consent.consent_id)
    assert (withdrawn.withdrawn_on, withdrawn.withdrawal_recorded_at) == (
        TODAY,
        recording.at,
    )
