"""`GET /v1/persons/{id}`: a person as the caller may see them, and their cases.

The cases are those the caller may read today, each judged by the one policy
and shown as a list entry would be (`application/access/lists.py`); the
identity only where one of them shows it (in full, or shared with `basic`).
A person none of whose cases the caller may read answers 404, as an unknown
id does (R11). Every read is recorded first, refusals too (R10).
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from application.access.actor import Actor
from application.access.lists import ListedCase, listed_entry
from application.access.reads import Read
from application.cases.reading import person_view
from application.cases.view import PersonView
from application.errors import NotFoundError
from application.people.access import PersonAccess, PersonCases, sees_identity
from application.people.merged import survivor_of


@dataclass(frozen=True)
class PersonRecord:
    """A person and their cases, as far as one caller may see them."""

    person_id: UUID
    merged_ids: tuple[UUID, ...]  # records merged into this one (名寄せ)
    person: PersonView | None  # None: no case shown to the caller shows it
    cases: tuple[ListedCase, ...]


class PersonQueries(PersonAccess):
    """Reading a person through their cases."""

    def read_person(
        self, actor: Actor, person_id: UUID, cases: PersonCases, purpose: str
    ) -> PersonRecord:
        read = Read(actor, "person", person_id, purpose)
        found = self.current_person(person_id)
        person = None if found is None else survivor_of(self._person, found)
        seen = [] if person is None else self.seen_cases(actor, person, cases)
        if person is None or not seen:
            refusal = NotFoundError(f"Person {person_id} not found")
            self.record_read(read.denied(refusal))
            raise refusal
        full = any(s.scope.full for s in seen)
        self.record_read(read.allowed("read_full" if full else "read_shared"))
        return PersonRecord(
            person_id=person.id,
            merged_ids=tuple(self.ids_of(person)[1:]),
            person=person_view(person) if sees_identity(seen) else None,
            cases=tuple(listed_entry(s.case, s.scope) for s in seen),
        )
