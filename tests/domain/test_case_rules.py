"""Rules of the case (支援ケース): intake, consents, closure and reopening."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from domain.case import Case
from domain.errors import (
    CaseClosedError,
    CaseNotClosedError,
    ConsentAlreadyWithdrawnError,
    ConsentNotFoundError,
    InvalidConsentError,
    InvalidIntakeError,
)
from domain.personal import Personal
from domain.referral import ReferralStatus
from tests.domain.given import (
    RECEIVER,
    WORKER,
    a_consent,
    given_case_with_consent,
    given_open_case,
    given_requested_referral,
    recorded_on,
    request,
)

ON = date(2026, 8, 1)
AT_ON = recorded_on(ON)


def given_closed_case() -> Case:
    case, _referral_id = given_requested_referral()
    case.close(ON, None, WORKER, AT_ON, reason_code="goals_reached")
    case.collect_events()
    return case


def test_opening_a_case_records_the_intake() -> None:
    person = uuid4()
    case = given_open_case(person)

    assert case.intake.person_id == person
    assert case.intake.fields == ("elderly_care", "livelihood")
    assert case.version == 1
    assert not case.is_closed


@pytest.mark.parametrize(
    "change",
    [
        {"fields": ()},
        {"fields": ("gardening",)},
        {"projects": ("unknown_project",)},
        {"route": "carrier_pigeon"},
        {"issues": ("山田さん",)},
        {"agency": ""},
    ],
    ids=["no-field", "unknown-field", "unknown-project", "route", "tag", "agency"],
)
def test_an_intake_with_unknown_or_missing_facts_is_refused(
    change: dict[str, object],
) -> None:
    intake = replace(given_open_case().intake, **change)  # type: ignore[arg-type]

    with pytest.raises(InvalidIntakeError):
        Case.open(uuid4(), intake, Personal(intake.person_id, "x"), WORKER, AT_ON)


def test_granting_a_consent_records_its_whole_scope() -> None:
    case = given_open_case()
    consent = a_consent(case)

    case.grant_consent(consent, WORKER, AT_ON)

    (granted,) = case.collect_events()
    assert isinstance(granted, Case.ConsentGranted)
    assert granted.consent == consent
    assert case.consent(consent.consent_id) == consent


@pytest.mark.parametrize(
    "terms",
    [
        {"agencies": ()},
        {"purposes": ("marketing",)},
        {"valid_from": date(2026, 6, 1), "valid_until": date(2026, 5, 31)},
        {"given_by": "neighbour"},
        {"given_by": "representative"},
        {"given_by": "representative", "representative": "長男"},
    ],
    ids=["no-agency", "purpose", "period", "giver", "no-rep", "no-relationship"],
)
def test_a_consent_with_an_unacceptable_scope_or_giver_is_refused(
    terms: dict[str, object],
) -> None:
    case = given_open_case()
    consent = a_consent(case, **terms)  # type: ignore[arg-type]

    with pytest.raises(InvalidConsentError):
        case.grant_consent(consent, WORKER, AT_ON)

    assert case.collect_events() == []


def test_a_representative_may_consent_with_their_relationship() -> None:
    case = given_open_case()
    consent = a_consent(
        case, given_by="representative", representative="長男", relationship="子"
    )

    case.grant_consent(consent, WORKER, AT_ON)

    relationship = case.consent(consent.consent_id).relationship
    assert relationship is not None
    assert relationship.text == "子"
    assert relationship.subject_id == case.intake.person_id


def test_withdrawing_a_consent_twice_is_refused() -> None:
    case, consent = given_case_with_consent()
    case.withdraw_consent(consent.consent_id, ON, None, WORKER, AT_ON)
    case.collect_events()

    with pytest.raises(ConsentAlreadyWithdrawnError):
        case.withdraw_consent(consent.consent_id, ON, None, WORKER, AT_ON)


def test_withdrawing_an_unknown_consent_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(ConsentNotFoundError):
        case.withdraw_consent(uuid4(), ON, None, WORKER, AT_ON)


def command_on(case: Case) -> dict[str, Callable[[], object]]:
    (referral_id,) = [r.referral_id for r in case.referrals.values()]
    (consent_id,) = [c.consent_id for c in case.consents.values()]
    return {
        "grant": lambda: case.grant_consent(a_consent(case), WORKER, AT_ON),
        "withdraw": lambda: case.withdraw_consent(consent_id, ON, None, WORKER, AT_ON),
        "refer": lambda: request(case, ON),
        "accept": lambda: case.move_referral(
            referral_id=referral_id,
            status=ReferralStatus.ACCEPTED,
            agency=RECEIVER,
            on=ON,
            note=None,
            recorded_by=WORKER,
            recording=AT_ON,
        ),
        "close": lambda: case.close(
            ON, None, WORKER, AT_ON, reason_code="goals_reached"
        ),
    }


@pytest.mark.parametrize("command", ["grant", "withdraw", "refer", "accept", "close"])
def test_a_closed_case_refuses_everything_but_reopening(command: str) -> None:
    case = given_closed_case()

    with pytest.raises(CaseClosedError):
        command_on(case)[command]()

    assert case.collect_events() == []


def test_a_closed_case_can_be_reopened() -> None:
    case = given_closed_case()

    day = date(2026, 9, 1)
    reason = Personal(case.intake.person_id, "再相談")
    case.reopen(day, reason, WORKER, recorded_on(day))

    assert [type(e) for e in case.collect_events()] == [Case.Reopened]
    assert not case.is_closed


def test_reopening_an_open_case_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(CaseNotClosedError):
        case.reopen(ON, None, WORKER, AT_ON)
