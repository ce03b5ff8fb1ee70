"""The past's `household_id`s were never checked: they name no household held.

The ledger of FY2026 (version 1) put an unchecked id on some intakes. Read
by today's code, those cases replay as they were; the id names no
`Household`, so it is read as unknown (404), and a text naming another
member of such a "household" is refused.
"""

from __future__ import annotations

from uuid import UUID

import pytest

from application.access.actor import Actor
from application.access.policy import Action
from application.case_ledger import CaseLedger
from application.errors import NotFoundError
from domain.case import Case
from domain.errors import NotAHouseholdMemberError
from tests.upgrades.test_reading_the_past import stored


def past_households(past: CaseLedger) -> dict[UUID, Case.Opened]:
    openings = stored(past, "domain.case:Case.Opened")
    return {o.intake.household_id: o for o in openings if o.intake.household_id}


def test_a_past_household_id_is_read_as_an_unknown_household(
    past: CaseLedger,
) -> None:
    household_id, opened = next(iter(past_households(past).items()))
    owner = Actor(UUID(int=1), opened.intake.agency, "caseworker")

    with pytest.raises(NotFoundError):
        past.authorise_household(owner, Action.READ_HOUSEHOLD, household_id)


def test_a_past_case_of_an_unchecked_household_names_no_other_member(
    past: CaseLedger,
) -> None:
    households = past_households(past)
    assert len(households) >= 2  # the past seeded 8050 and young carers' homes
    (first, *others) = households.values()
    case = past.get_case(first.originator_id)

    with pytest.raises(NotAHouseholdMemberError, match="no household held here"):
        past.subject_of(case, others[0].intake.person_id, first.intake.opened_on)
