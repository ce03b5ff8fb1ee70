"""A case, its person or a meeting as recorded up to an instant (時点).

Recording time decides, as in the auditors' history (`cases/history.py`):
an event belongs to the records as of an instant when its `timestamp` is not
later. The events are kept beside the state, for who recorded what (担当).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.domain import Aggregate

from application.access.users import UserCommands
from application.errors import InvalidAsOfError, NotFoundError
from application.forms.wareki import REIWA_START
from application.store.loading import replay
from domain.case import Case
from domain.catalogue import TOKYO
from domain.meeting import Meeting
from domain.person import Person

Event = Aggregate.Event
A = TypeVar("A", bound=Aggregate)


@dataclass(frozen=True)
class Recorded:
    """The events of one aggregate recorded up to the instant, oldest first."""

    events: tuple[Event, ...]

    def author(self, kind: type[Event], **match: Any) -> str | None:
        """Who recorded the latest event of a kind whose fields match."""
        found = [
            e
            for e in self.events
            if isinstance(e, kind) and all(getattr(e, k) == v for k, v in match.items())
        ]
        return getattr(found[-1], "recorded_by", None) if found else None

    def all_of(self, kind: type[Event]) -> tuple[Any, ...]:
        return tuple(e for e in self.events if isinstance(e, kind))


@dataclass(frozen=True)
class CaseAsOf:
    """A case and its person as they stood, with the events that made them."""

    case: Case
    person: Person
    recorded: Recorded


@dataclass(frozen=True)
class MeetingAsOf:
    """A meeting as it stood, with the events that made it."""

    meeting: Meeting
    recorded: Recorded


class FormRecords(UserCommands):
    """Aggregates replayed up to an instant; None: up to now."""

    def case_as_of(self, case_id: UUID, as_of: datetime | None) -> CaseAsOf:
        check_as_of(as_of)
        case, events = self._until(Case, case_id, as_of)
        person, _ = self._until(Person, case.intake.person_id, as_of)
        return CaseAsOf(case, person, Recorded(events))

    def meeting_as_of(self, meeting_id: UUID, as_of: datetime | None) -> MeetingAsOf:
        check_as_of(as_of)
        meeting, events = self._until(Meeting, meeting_id, as_of)
        return MeetingAsOf(meeting, Recorded(events))

    def staff_name(self, user_id: str | None) -> str:
        """A member of staff's display name (staff data, not the person's)."""
        try:
            return self.get_user(UUID(user_id)).name if user_id else ""
        except (NotFoundError, ValueError):
            return ""

    def _until(
        self, cls: type[A], aggregate_id: UUID, as_of: datetime | None
    ) -> tuple[A, tuple[Event, ...]]:
        events = tuple(
            e
            for e in self.events.get(aggregate_id)
            if isinstance(e, Aggregate.Event)
            and (as_of is None or e.timestamp <= as_of)
        )
        found = replay(None, events) if events else None
        if not isinstance(found, cls):
            when = "" if as_of is None else f" as of {as_of.isoformat()}"
            raise NotFoundError(f"{cls.__name__} {aggregate_id} not found{when}")
        return found, events


def check_as_of(as_of: datetime | None) -> None:
    """An instant with its offset, in the 令和 era (forms print 令和 dates)."""
    if as_of is None:
        return
    if as_of.tzinfo is None:
        raise InvalidAsOfError("as_of needs its UTC offset, e.g. +09:00")
    try:
        day = as_of.astimezone(TOKYO).date()
    except OverflowError:
        raise InvalidAsOfError(f"as_of {as_of.isoformat()} is out of range") from None
    if day < REIWA_START:
        raise InvalidAsOfError(f"as_of {as_of.isoformat()} precedes the records")
