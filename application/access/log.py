"""The access log (閲覧記録) as auditors read it, straight from the ledger.

Refused reads are there too (outcome `denied`, with the refusal's reason),
so that probing for cases one may not read leaves a trace.

`AccessRecord.Recorded` events are selected from the notification log by
their (plain-text) topic, decoded and filtered. This serves the log without
a read model; a projection can take over when the log grows large, with the
same filters and the same cursor (the notification id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from eventsourcing.utils import get_topic

from application.store.base import LedgerBase
from domain.access_record import AccessRecord

BATCH = 500
TOPIC = get_topic(AccessRecord.Recorded)


@dataclass(frozen=True)
class AccessLogQuery:
    """Which records to list: by user, by resource (e.g. a case id), since when."""

    after: int = 0  # the cursor: the last notification id already seen
    limit: int = 100
    user_id: UUID | None = None
    resource_id: str | None = None
    since: datetime | None = None
    outcome: str | None = None  # "allowed" | "denied"; None: both

    def matches(self, record: AccessRecord.Recorded) -> bool:
        return (
            (self.user_id is None or record.user_id == self.user_id)
            and (self.resource_id is None or record.resource_id == self.resource_id)
            and (self.since is None or record.at >= self.since)
            and (self.outcome is None or record.outcome == self.outcome)
        )


@dataclass(frozen=True)
class AccessEntry:
    """One read of case data, at its position in the ledger's order."""

    position: int
    record_id: UUID
    user_id: UUID
    agency: str
    role: str
    action: str
    resource_type: str
    resource_id: str
    purpose: str
    at: datetime
    outcome: str  # "allowed", or "denied" for a refused read (R10)
    reason: str | None  # the refusal's problem type
    basis: str | None  # `statute:<code>` when the access rested on a statute


@dataclass(frozen=True)
class AccessLogPage:
    """A page of entries and the cursor of the next one."""

    entries: tuple[AccessEntry, ...]
    next_after: int | None  # None: nothing more to read yet


class AccessLogQueries(LedgerBase):
    """Paging through the access records in the ledger's global order."""

    def access_log(self, query: AccessLogQuery) -> AccessLogPage:
        entries: list[AccessEntry] = []
        position = query.after
        while True:
            batch = self.recorder.select_notifications(
                start=position + 1, limit=BATCH, topics=[TOPIC]
            )
            for notification in batch:
                position = notification.id
                record = self.mapper.to_domain_event(notification)
                if isinstance(record, AccessRecord.Recorded) and query.matches(record):
                    entries.append(_entry(position, record))
                    if len(entries) == query.limit:
                        return AccessLogPage(tuple(entries), position)
            if len(batch) < BATCH:
                return AccessLogPage(tuple(entries), None)


def _entry(position: int, record: AccessRecord.Recorded) -> AccessEntry:
    return AccessEntry(
        position=position,
        record_id=record.originator_id,
        user_id=record.user_id,
        agency=record.agency,
        role=record.role,
        action=record.action,
        resource_type=record.resource_type,
        resource_id=record.resource_id,
        purpose=record.purpose,
        at=record.at,
        outcome=record.outcome,
        reason=record.reason,
        basis=record.basis,
    )
