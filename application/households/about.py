"""Whose key seals a text: the case's person, or the household member it is about.

A case writes free text about its person; when a note or an assessment's
words are about another member of the case's household (`about_person_id`),
the text is sealed under THAT member's key (`Personal.subject_id` picks the
key), so that erasing one member leaves the others' texts readable.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.store.base import LedgerBase
from domain.case import Case
from domain.errors import NotAHouseholdMemberError
from domain.household import Household


class AboutMembers(LedgerBase):
    """The subject of a case's text, checked against the case's household."""

    def subject_of(self, case: Case, about: UUID | None, on: date) -> UUID:
        """`about` if a member of the case's household on `on`; else the person."""
        person_id = case.intake.person_id
        if about is None or about == person_id:
            return person_id
        household_id = case.intake.household_id
        if household_id is None:
            raise NotAHouseholdMemberError("the case concerns no household")
        household = self._household_or_none(household_id)
        if household is None or str(case.id) not in household.cases:
            raise NotAHouseholdMemberError("the case concerns no household held here")
        household.check_member_on(about, on)
        return about

    def _household_or_none(self, household_id: UUID) -> Household | None:
        found = self._replay(Household, household_id)
        return found if isinstance(found, Household) else None
