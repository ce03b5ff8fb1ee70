"""Households (世帯): formed, members joining and leaving, read as allowed.

Each command is one transaction and returns the household's new version. A
member registered here is a `Person` under their own key; whatever a case
writes about them is sealed under that key (`docs/households.md`).
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.access.commands import AccessCommands
from application.access.facts import HouseholdFacts
from application.access.policy import Action, Facts, Scope, authorise, case_facts
from application.access.reads import Read
from application.cases.commands import identity_of
from application.errors import ForbiddenError, NotFoundError
from application.households.forms import MemberForm
from application.households.view import (
    HouseholdView,
    MemberAccess,
    household_view,
    member_view,
)
from domain.case import Case
from domain.errors import NotPermittedError
from domain.household import Household
from domain.person import Person, check_birth_date

BASIC = "basic"


class HouseholdCommands(AccessCommands):
    """The household's acts and its one read."""

    def form_household(self, actor: Actor, formed_on: date) -> tuple[UUID, int]:
        """A household kept by the caller's agency, with no member yet."""
        household = Household.form(
            self.new_id(), actor.agency, formed_on, actor.recorded_by, self.recording()
        )
        self.commit(household)
        return household.id, household.version

    def add_member(
        self,
        actor: Actor,
        household_id: UUID,
        form: MemberForm,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Register a person (under their own key) as a member; their id, version."""
        household = self.load(Household, household_id, expected)
        recording, by, person_id = self.recording(), actor.recorded_by, self.new_id()
        check_birth_date(form.person.birth_date, recording.today)
        person = Person.register(person_id, identity_of(person_id, form.person), by)
        household.join(
            self.new_id(), person_id, form.relationship, form.since, by, recording
        )
        self.commit(person, household)
        return person_id, household.version

    def end_membership(
        self,
        actor: Actor,
        household_id: UUID,
        person_id: UUID,
        until: date,
        expected: int | None = None,
    ) -> int:
        household = self.load(Household, household_id, expected)
        household.leave(person_id, until, actor.recorded_by, self.recording())
        self.commit(household)
        return household.version

    def correct_relationship(
        self,
        actor: Actor,
        household_id: UUID,
        person_id: UUID,
        relationship: str,
        expected: int | None = None,
    ) -> int:
        household = self.load(Household, household_id, expected)
        household.correct_relationship(person_id, relationship, actor.recorded_by)
        self.commit(household)
        return household.version

    def authorise_household(
        self, actor: Actor, action: Action, household_id: UUID
    ) -> Scope:
        household = self.load(Household, household_id, None)
        facts = Facts(household=self.household_facts(household))
        return authorise(actor, action, facts)

    def household_facts(self, household: Household) -> HouseholdFacts:
        """Its keepers and every agency tied to one of its cases (R11)."""
        known, managers = {household.agency}, {household.agency}
        for case in self._cases_of(household):
            facts = case_facts(case, self.today())
            known |= {facts.owner, *facts.named, *facts.involved, *facts.shared}
            managers.add(case.owner)
        return HouseholdFacts(household.id, frozenset(known), frozenset(managers))

    def read_household(
        self, actor: Actor, household_id: UUID, purpose: str
    ) -> HouseholdView:
        """The members this reader may see, after recording the read (R10)."""
        household = self.load(Household, household_id, None)
        read = Read(actor, "household", household_id, purpose)
        facts = Facts(household=self.household_facts(household))
        scope = self.authorised_read(read, Action.READ_HOUSEHOLD, facts)
        self.record_read(read.allowed(f"read_{scope.name}"))
        members = []
        for membership in household.memberships.values():
            access = self._member_access(actor, household, membership.person_id, scope)
            if scope.full or access.readable_cases:
                members.append(member_view(membership, access))
            if access.name is not None:
                person_read = Read(actor, "person", membership.person_id, purpose)
                self.record_read(person_read.allowed("read_identity"))
        return household_view(household, scope.full, tuple(members))

    def _member_access(
        self, actor: Actor, household: Household, person_id: UUID, scope: Scope
    ) -> MemberAccess:
        """The member's cases the reader may read, and whether it sees the name."""
        own = [c for c in household.cases.values() if c.person_id == person_id]
        readable, sees_identity = [], False
        for link in own:
            seen = self._case_scope(actor, link.case_id)
            if seen is not None:
                readable.append(link.case_id)
                sees_identity |= seen.full or BASIC in seen.categories
        if not own:  # registered through the household: its keepers' record
            sees_identity = scope.full
        name = None
        if sees_identity:
            name = self.load(Person, person_id, None).identity.name.text
        return MemberAccess(tuple(readable), name)

    def _case_scope(self, actor: Actor, case_id: UUID) -> Scope | None:
        case = self.load(Case, case_id, None)
        try:
            facts = Facts(case=case_facts(case, self.today()))
            return authorise(actor, Action.READ_CASE, facts)
        except (ForbiddenError, NotPermittedError, NotFoundError):
            return None

    def _cases_of(self, household: Household) -> list[Case]:
        return [self.load(Case, c.case_id, None) for c in household.cases.values()]
