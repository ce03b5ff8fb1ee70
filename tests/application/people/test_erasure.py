"""Destroying one person's key erases exactly their personal data."""

from __future__ import annotations

from datetime import date

import pytest

from application.case_ledger import CaseLedger
from domain.errors import PersonErasedError
from domain.personal import REDACTED_TEXT
from interfaces.config import Settings
from tests.application.given import (
    INTAKE_WORKER,
    SUMMARY,
    given_case_with_consent,
    given_opened_case,
)


def test_erasing_a_person_makes_exactly_their_data_unreadable(
    ledger: CaseLedger, settings: Settings
) -> None:
    erased, _ = given_case_with_consent(ledger)
    kept = given_opened_case(ledger, name="那須 次郎")

    ledger.erase_person(INTAKE_WORKER, erased.person_id, "本人の申出による消去")

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


def test_nothing_personal_can_be_added_for_an_erased_person(
    ledger: CaseLedger,
) -> None:
    opened, _ = given_case_with_consent(ledger)
    ledger.erase_person(INTAKE_WORKER, opened.person_id, "本人の申出による消去")

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
    ledger.erase_person(INTAKE_WORKER, opened.person_id, "本人の申出による消去")

    with pytest.raises(PersonErasedError):
        ledger.erase_person(INTAKE_WORKER, opened.person_id, "再度")
