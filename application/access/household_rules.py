"""The policy's rules for households (世帯): known, read, kept (R11).

Pure functions over (actor, facts), as in `policy.py`, which composes them.
"""

from __future__ import annotations

from application.access.actor import Actor
from application.access.facts import Facts, HouseholdFacts, Scope
from application.errors import ForbiddenError, NotFoundError, NotYourAgencyError


def check_known_household(actor: Actor, household: HouseholdFacts) -> None:
    """A household is known only to agencies tied to it, as a case is (R11)."""
    if not household.is_known_to(actor.agency):
        raise NotFoundError(f"Household {household.household_id} not found")


def read_household(actor: Actor, facts: Facts) -> Scope:
    """Its keepers read it whole; an agency tied by a case, as far as allowed."""
    household = _household(facts)
    return Scope(actor.agency, full=actor.agency in household.managers)


def manage_household(actor: Actor, facts: Facts) -> Scope:
    """Only its keepers change its membership."""
    if actor.agency not in _household(facts).managers:
        raise NotYourAgencyError(
            "only the agency that formed the household or holds one of its cases"
        )
    return Scope(actor.agency, full=True)


def _household(facts: Facts) -> HouseholdFacts:
    if facts.household is None:
        raise ForbiddenError("no household is named")  # deny when facts are missing
    return facts.household
