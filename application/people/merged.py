"""Following merges (名寄せ): from an absorbed id to its survivor, and back."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from uuid import UUID

from domain.person import Person

# Merges chain at most this deep in practice; the bound stops a cycle a
# corrupted store could hold from looping forever.
LONGEST_CHAIN = 50

Load = Callable[[UUID], Person]


def survivor_of(load: Load, person: Person) -> Person:
    """The record this one was merged into, followed to the end."""
    for _ in range(LONGEST_CHAIN):
        if person.merged_into is None:
            return person
        person = load(person.merged_into)
    return person


def with_absorbed(load: Load, person_ids: Iterable[UUID]) -> list[UUID]:
    """These ids and every id merged into them, each once."""
    found: list[UUID] = []
    todo = list(person_ids)
    while todo and len(found) < LONGEST_CHAIN * LONGEST_CHAIN:
        person_id = todo.pop(0)
        if person_id in found:
            continue
        found.append(person_id)
        todo.extend(UUID(a) for a in load(person_id).absorbed)
    return found
