"""Who gave a consent, on both stores: the standing coded, a child's age band kept.

The age band is judged from the person's birth date (personal, under their
key) on the consent's date; only the band is kept on the consent.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import ConsentForm, OpenedCase, PersonForm
from domain.errors import ChildConsentError, InvalidConsentError
from domain.personal import REDACTED_TEXT
from interfaces.config import Settings
from tests.application.given import (
    INTAKE_WORKER,
    a_consent_form,
    an_intake,
    given_erased,
    given_opened_case,
)

MOTHER = "大田原 恵"


def given_child(ledger: CaseLedger, born: date = date(2013, 4, 2)) -> OpenedCase:
    """A young carer of 13 on the consent's date (2026-05-12)."""
    intake = an_intake(name="大田原 翔")
    child = replace(intake, person=PersonForm("大田原 翔", birth_date=born))
    return ledger.open_case(INTAKE_WORKER, child)


def by_parent(standing: str = "parental_authority") -> ConsentForm:
    return replace(
        a_consent_form(),
        given_by="representative",
        standing=standing,
        representative=MOTHER,
        relationship="母",
    )


def test_a_childs_own_consent_is_refused_and_nothing_recorded(
    ledger: CaseLedger,
) -> None:
    opened = given_child(ledger)

    with pytest.raises(ChildConsentError):
        ledger.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form())

    assert ledger.get_case(opened.case_id).consents == {}


def test_a_parents_consent_for_a_child_keeps_the_standing_and_the_band(
    ledger: CaseLedger,
) -> None:
    opened = given_child(ledger)

    consent_id, _ = ledger.grant_consent(INTAKE_WORKER, opened.case_id, by_parent())

    consent = ledger.get_case(opened.case_id).consents[str(consent_id)]
    assert (consent.standing, consent.age_band) == ("parental_authority", "child")
    assert consent.representative is not None
    assert consent.representative.subject_id == opened.person_id


def test_a_seventeen_year_olds_own_consent_is_kept_flagged_as_a_minors(
    ledger: CaseLedger,
) -> None:
    opened = given_child(ledger, born=date(2009, 1, 10))

    consent_id, _ = ledger.grant_consent(
        INTAKE_WORKER, opened.case_id, a_consent_form()
    )

    consent = ledger.get_case(opened.case_id).consents[str(consent_id)]
    assert (consent.standing, consent.age_band) == ("person", "minor")


def test_an_adults_consent_by_a_parent_is_refused(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)  # born 1944

    with pytest.raises(InvalidConsentError, match="adult"):
        ledger.grant_consent(INTAKE_WORKER, opened.case_id, by_parent())


def test_a_representative_without_a_standing_is_refused(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(InvalidConsentError, match="standing"):
        ledger.grant_consent(INTAKE_WORKER, opened.case_id, by_parent(standing=""))


def test_the_representatives_name_is_erased_with_the_child_not_kept_as_theirs(
    ledger: CaseLedger, settings: Settings
) -> None:
    opened = given_child(ledger)
    consent_id, _ = ledger.grant_consent(INTAKE_WORKER, opened.case_id, by_parent())

    given_erased(ledger, opened.person_id)

    fresh = settings.build_ledger()
    consent = fresh.get_case(opened.case_id).consents[str(consent_id)]
    assert consent.representative is not None
    assert consent.representative.text == REDACTED_TEXT
    assert (consent.standing, consent.age_band) == ("parental_authority", "child")
    fresh.close()
