"""The access log (閲覧記録): who read which case data, when, and why.

Kept from `AccessRecord.Recorded` (written before any case data is served).
Ids, codes and times only: the user is a pseudonymous id, the resource an id.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod
from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.access_record import AccessRecord
from projections.topics import topics_of
from projections.tracked_view import BatchingView


@dataclass(frozen=True)
class AccessRow:
    """One read of case data (閲覧)."""

    record_id: str
    user_id: str
    agency: str
    role: str
    action: str
    resource_type: str
    resource_id: str
    purpose: str
    at: datetime
    notification_id: int


@dataclass(frozen=True)
class AccessQuery:
    """Which part of the log to read; every filter is optional."""

    user_id: str | None = None
    agency: str | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 100
    offset: int = 0


class AccessLogView(BatchingView):
    """Port of the access log; every write takes its tracking."""

    @abstractmethod
    def add_access(self, row: AccessRow, tracking: Tracking) -> None: ...

    @abstractmethod
    def accesses(self, query: AccessQuery) -> list[AccessRow]: ...


class AccessLogProjection(Projection[AccessLogView]):
    name = "access_log"
    version = 1  # bump on any change of handlers or tables: docs/projections.md
    topics = topics_of(AccessRecord.Recorded)

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        self.view.insert_tracking(tracking)

    @process_event.register
    def _(self, domain_event: AccessRecord.Recorded, tracking: Tracking) -> None:
        row = AccessRow(
            record_id=str(domain_event.originator_id),
            user_id=str(domain_event.user_id),
            agency=domain_event.agency,
            role=domain_event.role,
            action=domain_event.action,
            resource_type=domain_event.resource_type,
            resource_id=domain_event.resource_id,
            purpose=domain_event.purpose,
            at=domain_event.at,
            notification_id=tracking.notification_id,
        )
        self.view.add_access(row, tracking)
