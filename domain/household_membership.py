"""A household's value objects: a period of membership, a case that concerns it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID


@dataclass(frozen=True)
class Membership:
    """One period of a person's membership (世帯員), with their 続柄."""

    membership_id: UUID
    person_id: UUID
    relationship: str
    since: date
    until: date | None = None

    def is_current(self) -> bool:
        return self.until is None

    def covers(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class HouseholdCase:
    """A case that concerns the household, and the member it is about."""

    case_id: UUID
    person_id: UUID
