"""Intake forms a household or joins one (世帯), with the case and the person.

Whether the intake worker may know of the household it joins (R11) is the
access policy's question, asked before the command (`authorise_household`).
"""

from __future__ import annotations

from uuid import UUID

from application.cases.forms import HouseholdChoice, IntakeForm
from application.store.base import LedgerBase
from domain.household import Household
from domain.recording import Recording


class HouseholdIntake(LedgerBase):
    """The household an intake concerns, ready to save with the case."""

    def household_at_intake(
        self,
        form: IntakeForm,
        person_id: UUID,
        case_id: UUID,
        recorded_by: str,
        recording: Recording,
    ) -> Household | None:
        """The household formed or joined, the person a member, the case linked."""
        choice = form.household
        if choice is None:
            return None
        household = self._formed_or_loaded(choice, form, recorded_by, recording)
        if household.current(person_id) is None:
            household.join(
                self.new_id(),
                person_id,
                choice.relationship,
                form.opened_on,
                recorded_by,
                recording,
            )
        household.link_case(case_id, person_id, recorded_by)
        return household

    def _formed_or_loaded(
        self,
        choice: HouseholdChoice,
        form: IntakeForm,
        recorded_by: str,
        recording: Recording,
    ) -> Household:
        if choice.household_id is not None:
            return self.load(Household, choice.household_id, None)
        return Household.form(
            self.new_id(), form.intake_agency, form.opened_on, recorded_by, recording
        )
