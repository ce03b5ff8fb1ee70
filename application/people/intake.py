"""Intake (相談受付) of a person already held, or of a new one checked for duplicates.

A new person whose カナ name and birth date match someone held is refused
(409 `possible_duplicate`, naming only the candidates the caller's agency
holds a case on) unless the caller confirms it is someone new; a person named
by id must be one the caller is entitled to, or the answer is the 404 of an
unknown id (R11). The match is a keyed hash (`match_index.py`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.access.reads import Read
from application.cases.commands import CaseCommands, identity_of, intake_of
from application.cases.forms import IntakeForm, OpenedCase, PersonForm
from application.errors import (
    DuplicateCandidate,
    NotFoundError,
    PossibleDuplicateError,
)
from application.people.access import PersonAccess, PersonCases, no_cases
from application.people.matches import MatchCommands
from domain.case import Case
from domain.catalogue.statistics import age_band_on
from domain.errors import InvalidIntakeError, PersonErasedError
from domain.household import Household
from domain.person import Person, check_birth_date
from domain.personal import Personal


class IntakeCommands(CaseCommands, PersonAccess, MatchCommands):
    """Opening a case about a new person or one already held."""

    def open_case(
        self, actor: Actor, form: IntakeForm, cases: PersonCases = no_cases
    ) -> OpenedCase:
        """Open the case; `cases` finds a person's cases for the entitlement."""
        self.check_agency(form.intake_agency)
        held, new = form.person_id, form.person
        if new is None and held is not None:
            return self._open_for_held(actor, form, held, cases)
        if new is not None and held is None:
            return self._open_for_new(actor, form, new, cases)
        raise InvalidIntakeError("name either a new person or a person_id")

    def _open_for_held(
        self, actor: Actor, form: IntakeForm, person_id: UUID, cases: PersonCases
    ) -> OpenedCase:
        person = self.entitled_person(actor, person_id, cases)
        if person.erased_on is not None:
            raise PersonErasedError(str(person.id))
        held = person.identity.birth_date
        born = None if held is None else date.fromisoformat(held.text)
        case, household = self._new_case(actor, form, person.id, born)
        self.commit(case, *household)
        return OpenedCase(case.id, person.id, case.version)

    def _open_for_new(
        self, actor: Actor, form: IntakeForm, new: PersonForm, cases: PersonCases
    ) -> OpenedCase:
        check_birth_date(new.birth_date, self.today())
        match = self._match_of(new)
        if match is not None and not form.confirm_new_person:
            self._check_no_duplicate(actor, match, cases)
        person_id = self.new_id()
        identity = identity_of(person_id, new)
        person = Person.register(person_id, identity, actor.recorded_by)
        case, household = self._new_case(actor, form, person_id, new.birth_date)
        # The person, the case and their household stand or fall together.
        self.commit(person, case, *household)
        if match is not None:
            self.match_index.add(match, person_id)
        return OpenedCase(case.id, person_id, case.version)

    def _new_case(
        self, actor: Actor, form: IntakeForm, person_id: UUID, born: date | None
    ) -> tuple[Case, list[Household]]:
        """The case, and the household it forms or joins (if any).

        The case's age band is worked out from the birth date when known.
        """
        summary = Personal(person_id, form.summary)
        profile = form.profile
        if born is not None:
            profile = replace(profile, age_band=age_band_on(born, form.opened_on))
        case_id, by, recording = self.new_id(), actor.recorded_by, self.recording()
        household = self.household_at_intake(form, person_id, case_id, by, recording)
        household_id = None if household is None else household.id
        intake = intake_of(form, person_id, profile, household_id)
        case = Case.open(case_id, intake, summary, by, recording)
        return case, [] if household is None else [household]

    def _match_of(self, new: PersonForm) -> str | None:
        return self.match_of(new.name_kana, new.birth_date)

    def _check_no_duplicate(self, actor: Actor, match: str, cases: PersonCases) -> None:
        held = [self.current_person(p) for p in self.match_index.find(match)]
        live = [p for p in held if p is not None and p.erased_on is None]
        if not live:
            return
        candidates: list[DuplicateCandidate] = []
        for person in live:
            seen = self.seen_cases(actor, person, cases)
            full = [UUID(s.case.case_id) for s in seen if s.scope.full]
            self._record_match(actor, person.id, shown=bool(full))
            if full:
                candidates.append(DuplicateCandidate(person.id, tuple(full)))
        raise PossibleDuplicateError(tuple(candidates), len(live) - len(candidates))

    def _record_match(self, actor: Actor, person_id: UUID, *, shown: bool) -> None:
        """Each match is in the access log: named to the caller, or withheld."""
        read = Read(actor, "person", person_id, "intake", action="duplicate_check")
        withheld = NotFoundError(f"Person {person_id} not found")
        self.record_read(read if shown else read.denied(withheld))
