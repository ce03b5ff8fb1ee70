"""Builders for household tests: the 8050 household of a mother and her son."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import HouseholdChoice, OpenedCase, PersonForm
from application.households.forms import MemberForm
from tests.application.given import INTAKE_WORKER, a_consent_form, an_intake

SON = "大田原 一郎"
STRANGER = Actor(uuid4(), "seibu_houkatsu", "caseworker")
SHARER = Actor(uuid4(), "shakyo", "caseworker")


@dataclass(frozen=True)
class GivenHousehold:
    household_id: UUID
    mother: OpenedCase
    son_id: UUID


def given_household(ledger: CaseLedger) -> GivenHousehold:
    """The mother's intake forms the household; the son is registered in it."""
    intake = replace(an_intake(), household=HouseholdChoice("head"))
    mother = ledger.open_case(INTAKE_WORKER, intake)
    household_id = ledger.get_case(mother.case_id).intake.household_id
    assert household_id is not None
    son = MemberForm(
        PersonForm(SON, birth_date=date(1974, 1, 5)), "child", date(2026, 5, 12)
    )
    son_id, _ = ledger.add_member(INTAKE_WORKER, household_id, son)
    return GivenHousehold(household_id, mother, son_id)


def given_shared_with_shakyo(ledger: CaseLedger, case_id: UUID) -> None:
    """社協 may read the case on a consent covering basic data."""
    ledger.grant_consent(INTAKE_WORKER, case_id, a_consent_form())
