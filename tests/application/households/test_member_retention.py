"""Retention reaches household members: the household's cases hold their data.

On both stores, run on 2031-06-10: an elderly-care case closed on 2026-06-01
is five years past it (`DEFAULT_SCHEDULE`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import HouseholdChoice
from domain.catalogue.retention import DEFAULT_SCHEDULE
from tests.application.given import INTAKE_WORKER, an_intake
from tests.application.households.given import GivenHousehold, given_household
from tests.support.clock import TestClock

RUN_DAY = date(2031, 6, 10)
ADMIN = Actor(uuid4(), "fukushi_ka", "admin")


def closed(ledger: CaseLedger, case_id: UUID) -> None:
    ledger.close_case(
        INTAKE_WORKER, case_id, date(2026, 6, 1), None, reason_code="goals_reached"
    )


def given_fathers_own_case(ledger: CaseLedger, given: GivenHousehold) -> UUID:
    """A second member, the father, opens his own case in the household."""
    choice = HouseholdChoice("spouse", given.household_id)
    intake = replace(an_intake(name="大田原 太郎"), household=choice)
    return ledger.open_case(INTAKE_WORKER, intake).person_id


def test_a_member_with_no_case_is_due_with_the_households_case(
    ledger: CaseLedger, clock: TestClock
) -> None:
    given = given_household(ledger)
    closed(ledger, given.mother.case_id)
    clock.set(RUN_DAY)

    outcome = ledger.apply_retention(ADMIN, DEFAULT_SCHEDULE)

    assert set(outcome.erased) == {given.mother.person_id, given.son_id}
    assert ledger.get_person(given.son_id).erased_on == RUN_DAY


def test_nobody_is_due_while_a_case_of_their_household_is_open(
    ledger: CaseLedger, clock: TestClock
) -> None:
    given = given_household(ledger)
    closed(ledger, given.mother.case_id)
    father = given_fathers_own_case(ledger, given)  # open: it may hold their texts
    clock.set(RUN_DAY)

    due = ledger.retention_due(DEFAULT_SCHEDULE)

    assert {d.person_id for d in due} & {
        given.mother.person_id,
        given.son_id,
        father,
    } == set()
