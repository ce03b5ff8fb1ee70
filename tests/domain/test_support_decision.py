"""The city's support decision (支援決定): once, on a consent, before some plans."""

from __future__ import annotations

from datetime import date

import pytest

from domain.basis import Basis
from domain.case import Case
from domain.errors import (
    AlreadyDecidedError,
    ConsentRequiredError,
    InvalidDateError,
)
from tests.domain.given import (
    a_consent,
    given_open_case,
    recorded_on,
    withdraw,
)
from tests.domain.given_plans import CITY_SECTION, decide

DECIDED_ON = date(2026, 5, 25)


def given_consent_to_the_city(case: Case) -> Case:
    consent = a_consent(
        case, agencies=(CITY_SECTION,), purposes=("information_sharing",)
    )
    case.grant_consent(consent, "user-1", recorded_on(date(2026, 5, 12)))
    case.collect_events()
    return case


def test_the_city_decides_on_a_consent_that_lets_it_learn_of_the_case() -> None:
    case = given_consent_to_the_city(given_open_case())
    (consent,) = case.consents.values()

    decide(case, DECIDED_ON)

    (decided,) = case.collect_events()
    assert isinstance(decided, Case.SupportDecided)
    assert decided.basis == Basis.of_consent(consent.consent_id)
    assert case.support_decision is not None
    assert case.support_decision.decided_on == DECIDED_ON
    assert case.support_decision.agency == CITY_SECTION


def test_without_a_consent_to_the_city_there_is_no_decision() -> None:
    case = given_open_case()

    with pytest.raises(ConsentRequiredError):
        decide(case, DECIDED_ON)
    assert case.collect_events() == []


def test_a_withdrawn_consent_carries_no_decision_recorded_after_it() -> None:
    case = given_consent_to_the_city(given_open_case())
    (consent,) = case.consents.values()
    withdraw(case, consent.consent_id, date(2026, 5, 20))

    with pytest.raises(ConsentRequiredError):
        decide(case, date(2026, 5, 19))  # dated before, recorded after


def test_the_decision_is_recorded_once() -> None:
    case = given_consent_to_the_city(given_open_case())
    decide(case, DECIDED_ON)

    with pytest.raises(AlreadyDecidedError):
        decide(case, date(2026, 5, 26))


def test_a_decision_is_not_dated_before_the_case_opened() -> None:
    case = given_consent_to_the_city(given_open_case())

    with pytest.raises(InvalidDateError):
        decide(case, date(2026, 5, 1))
