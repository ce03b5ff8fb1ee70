"""What a caller may know of a person (本人): judged case by case.

A person carries no agency of their own; what a caller may know of them
follows from their cases, each judged by the one policy as a list entry is
(`application/access/lists.py`). The rules (`docs/people.md`):

- a caller is **entitled** to a person when its agency may read one of the
  person's cases in full (it holds the case);
- it may see the person's identity when it may read one of their cases with
  identity visible (in full, or shared with `basic`);
- of anyone else it learns nothing: an id it names answers 404 as an unknown
  id does (R11), and a possible duplicate is counted, never named.

The cases of a person are found in the caseloads read model, handed in by the
interface as `PersonCases`, as `list_cases` takes its candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from uuid import UUID

from application.access.actor import Actor
from application.access.lists import CaseCandidate, ListQueries
from application.access.policy import Scope
from application.cases.reading import BASIC
from application.errors import NotFoundError
from application.people.merged import survivor_of, with_absorbed
from domain.person import Person

# A person's id -> every case of theirs the read model lists for the caller's
# agency (its own, and those naming it), not yet judged.
PersonCases = Callable[[UUID], Sequence[CaseCandidate]]


def no_cases(_person_id: UUID) -> Sequence[CaseCandidate]:
    """No read model at hand (the CLI, the demo): no case is known."""
    return ()


@dataclass(frozen=True)
class SeenCase:
    """One case of the person, and how this caller may see it."""

    case: CaseCandidate
    scope: Scope


class PersonAccess(ListQueries):
    """The cases of a person a caller may see, and what follows from them."""

    def seen_cases(
        self, actor: Actor, person: Person, cases: PersonCases
    ) -> list[SeenCase]:
        """The person's cases (under each of their ids) the caller may read."""
        seen: list[SeenCase] = []
        for person_id in self.ids_of(person):
            for row in cases(person_id):
                scope = self._scope(actor, row)
                if scope is not None:
                    seen.append(SeenCase(row, scope))
        return sorted(seen, key=lambda s: (s.case.opened_on, s.case.case_id))

    def entitled_person(
        self,
        actor: Actor,
        person_id: UUID,
        cases: PersonCases,
        *,
        resolve: bool = True,
    ) -> Person:
        """The person, if the caller's agency holds one of their cases; else 404.

        An absorbed id resolves to its survivor unless `resolve` is False.
        """
        person = self.current_person(person_id)
        if person is not None and resolve:
            person = survivor_of(self._person, person)
        if person is None or not any(
            s.scope.full for s in self.seen_cases(actor, person, cases)
        ):
            raise NotFoundError(f"Person {person_id} not found")
        return person

    def ids_of(self, person: Person) -> list[UUID]:
        """Every id the person's records were made under (merges followed)."""
        return with_absorbed(self._person, [person.id])

    def _person(self, person_id: UUID) -> Person:
        return self.load(Person, person_id, None)

    def current_person(self, person_id: UUID) -> Person | None:
        """The person recorded under this id, or None."""
        try:
            return self.load(Person, person_id, None)
        except NotFoundError:
            return None


def sees_identity(seen: Sequence[SeenCase]) -> bool:
    return any(s.scope.full or BASIC in s.scope.categories for s in seen)
