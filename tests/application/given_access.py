"""A ledger whose access records cannot be written: a database refusing them."""

from __future__ import annotations

from uuid import UUID

from eventsourcing.persistence import OperationalError
from typing_extensions import override

from application.access.actor import Actor
from application.case_ledger import CaseLedger


class LedgerWithoutAccessLog(CaseLedger):
    @override
    def record_access(
        self,
        actor: Actor,
        action: str,
        resource_type: str,
        resource_id: str,
        purpose: str,
        **_: str | None,
    ) -> UUID:
        raise OperationalError("the database refused the access record")
