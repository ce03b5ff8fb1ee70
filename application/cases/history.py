"""Auditors replay a case as of any moment (監査のための履歴).

Recording time (each event's `timestamp`) decides what `as_of` includes;
business time (the first date the event carries) is shown beside it. The
history says whether the case's versions run 1..n without a hole: a hole
means a stored event went missing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, OriginatorVersionError

from application.access.actor import Actor
from application.access.commands import AccessCommands
from application.access.policy import Action, Facts
from application.access.reads import Read
from application.cases.history_render import (
    business_date,
    event_data,
    recorded_by,
    state_of,
)
from application.errors import NotFoundError
from domain.case import Case
from domain.user import Role

Event = Aggregate.Event


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded event of the case, as the reader may see it."""

    version: int
    type: str
    occurred_at: date | None
    recorded_at: datetime
    recorded_by: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class CaseHistory:
    """Every event of a case up to `as_of`, and the case's state then."""

    case_id: UUID
    as_of: datetime | None
    versions_contiguous: bool
    personal_data_shown: bool
    events: list[HistoryEntry]
    state: dict[str, Any] | None
    # The person's own events (identity and its corrections, their requests
    # and the answers): a correction of identity shows before and after here.
    person_events: list[HistoryEntry] = dataclasses.field(default_factory=list)


class HistoryQueries(AccessCommands):
    """The history of a case, for an auditor or a supervisor of its agency."""

    def case_history(
        self,
        actor: Actor,
        case_id: UUID,
        as_of: datetime | None = None,
        purpose: str = "audit",
    ) -> CaseHistory:
        """Authorise, record the read, then replay the case up to `as_of`."""
        events = self._case_events(case_id)
        current = _replay(events)
        facts = Facts(case=self.facts_of(current)) if current else Facts()
        read = Read(actor, "case", case_id, purpose)
        self.authorised_read(read, Action.READ_HISTORY, facts)
        self.record_read(read.allowed("read_history"))
        reveal = actor.role == Role.AUDITOR
        found = _history(case_id, events, as_of, reveal=reveal)
        person = self._person_entries(events[0], as_of, reveal=reveal)
        return dataclasses.replace(found, person_events=person)

    def _person_entries(
        self, opened: Event, as_of: datetime | None, *, reveal: bool
    ) -> list[HistoryEntry]:
        """The events of the person the case is about, up to `as_of`."""
        if not isinstance(opened, Case.Opened):
            return []
        stored = self.repository.event_store.get(opened.intake.person_id)
        events = [e for e in stored if isinstance(e, Aggregate.Event)]
        shown = events if as_of is None else _until(events, as_of)
        return [_entry(e, reveal=reveal) for e in shown]

    def _case_events(self, case_id: UUID) -> list[Event]:
        stored = self.repository.event_store.get(case_id)
        events = [e for e in stored if isinstance(e, Aggregate.Event)]
        if not events or not isinstance(events[0], Case.Opened):
            raise NotFoundError(f"Case {case_id} not found")
        return events


def _history(
    case_id: UUID, events: list[Event], as_of: datetime | None, *, reveal: bool
) -> CaseHistory:
    shown = events if as_of is None else _until(events, as_of)
    versions = [e.originator_version for e in events]
    return CaseHistory(
        case_id=case_id,
        as_of=as_of,
        versions_contiguous=versions == list(range(1, len(versions) + 1)),
        personal_data_shown=reveal,
        events=[_entry(e, reveal=reveal) for e in shown],
        state=state_of(_replay(shown), reveal=reveal),
    )


def _until(events: list[Event], as_of: datetime) -> list[Event]:
    """The events recorded at or before `as_of` (a prefix: history is ordered)."""
    shown: list[Event] = []
    for event in events:
        if event.timestamp > as_of:
            break
        shown.append(event)
    return shown


def _entry(event: Event, *, reveal: bool) -> HistoryEntry:
    return HistoryEntry(
        version=int(event.originator_version),
        type=type(event).__qualname__,
        occurred_at=business_date(event),
        recorded_at=event.timestamp,
        recorded_by=recorded_by(event),
        data=event_data(event, reveal=reveal),
    )


def _replay(events: list[Event]) -> Case | None:
    """The case after these events; None when a hole stops the replay."""
    aggregate: Aggregate | None = None
    try:
        for event in events:
            aggregate = event.mutate(aggregate)
    except OriginatorVersionError:
        return None
    return aggregate if isinstance(aggregate, Case) else None
