"""The record of a read of case data (閲覧記録)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from eventsourcing.domain import Aggregate, event


class AccessRecord(Aggregate):
    """One read of case data: who, for which agency and role, what, when, why.

    Written before the data is returned; if it cannot be written, the read
    fails. Kept in the ledger itself, so the access log is sealed with
    everything else.
    """

    class Recorded(Aggregate.Created):
        """Someone read case data (閲覧)."""

        user_id: UUID
        agency: str
        role: str
        action: str
        resource_type: str
        resource_id: str
        purpose: str
        at: datetime

    @event(Recorded)
    def __init__(
        self,
        *,
        id: UUID,
        user_id: UUID,
        agency: str,
        role: str,
        action: str,
        resource_type: str,
        resource_id: str,
        purpose: str,
        at: datetime,
    ) -> None:
        self.user_id = user_id
        self.resource_id = resource_id
