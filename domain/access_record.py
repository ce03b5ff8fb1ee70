"""The record of a read of case data (閲覧記録), allowed or refused."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event


class Outcome(StrEnum):
    """Whether the read was allowed or refused. Stored in events: never rename."""

    ALLOWED = "allowed"
    DENIED = "denied"


class AccessRecord(Aggregate):
    """One read of case data: who, for which agency and role, what, when, why.

    Written before the data is returned; if it cannot be written, the read
    fails. A refused read is recorded too (outcome `denied`, with the
    refusal's problem type as the reason), so probing leaves a trace. `basis`
    names a statute when the reader's access rests on one, so such reads
    stand out. Kept in the ledger itself, so the access log is sealed with
    everything else.
    """

    class Recorded(Aggregate.Created):
        """Someone read case data (閲覧), or was refused (閲覧拒否)."""

        class_version = 2

        user_id: UUID
        agency: str
        role: str
        action: str
        resource_type: str
        resource_id: str
        purpose: str
        at: datetime
        outcome: str = Outcome.ALLOWED.value
        reason: str | None = None
        basis: str | None = None

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Fields added: version 1 recorded allowed reads only, with no basis."""
            state["outcome"] = Outcome.ALLOWED.value
            state["reason"] = None
            state["basis"] = None

    # Not keyword-only: the library treats keyword-only parameters as
    # required even when they have defaults (eventsourcing 9.5.6).
    @event(Recorded)
    def __init__(  # noqa: PLR0917
        self,
        id: UUID,
        user_id: UUID,
        agency: str,
        role: str,
        action: str,
        resource_type: str,
        resource_id: str,
        purpose: str,
        at: datetime,
        outcome: str = Outcome.ALLOWED.value,
        reason: str | None = None,
        basis: str | None = None,
    ) -> None:
        self.user_id = user_id
        self.resource_id = resource_id
        self.outcome = outcome
