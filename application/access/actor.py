"""Who is acting: recorded on every event, and used by agency rules."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class Actor:
    """A signed-in user acting for one agency in one role.

    Events record the user's id, never their name, so the ledger's history
    names staff by a pseudonymous id.
    """

    user_id: UUID
    agency: str
    role: str
    agency_active: bool = True  # the registry's word today (R4)

    @property
    def recorded_by(self) -> str:
        return str(self.user_id)
