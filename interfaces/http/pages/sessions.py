"""Signed-in sessions of the pages, kept server-side beside the events.

A session is a random id (32 bytes) in an HttpOnly cookie; the table keeps
only its SHA-256, the id of the API token it was opened with (never the
token), a CSRF token for its sign-out form, and when it expires. Every page
authenticates through the token's id exactly as a bearer token is
(`CaseLedger.authenticate_issued`), so a revoked token or a deactivated user
ends the session at once. Sign-out deletes the row: the cookie is then
worth nothing, whoever kept a copy. Being in the ledger's database, sessions
work across workers and restarts.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from uuid import UUID

from projections.view_store import ViewStore

LASTS = timedelta(hours=8)  # a working day; then sign in again
_TABLE = (
    "CREATE TABLE IF NOT EXISTS {ui_sessions} (session_hash TEXT PRIMARY KEY, "
    "token_id TEXT NOT NULL, csrf TEXT NOT NULL, expires_at TEXT NOT NULL)"
)
_OPEN = "INSERT INTO {ui_sessions} VALUES (?, ?, ?, ?)"
_FIND = "SELECT token_id, csrf, expires_at FROM {ui_sessions} WHERE session_hash = ?"
_CLOSE = "DELETE FROM {ui_sessions} WHERE session_hash = ?"
_SWEEP = "DELETE FROM {ui_sessions} WHERE expires_at < ?"


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class Session:
    """An open session: whose token, its form token, until when."""

    token_id: UUID
    csrf: str
    expires_at: datetime


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


class SessionStore:
    """Open, find and close sessions (no personal data: ids and times)."""

    def __init__(self, store: ViewStore, clock: Clock) -> None:
        self.store, self.clock = store, clock  # the ledger's: tests fix it

    def create_table(self) -> None:
        self.store.create([_TABLE])

    def open(self, token_id: UUID) -> tuple[str, Session]:
        """A new session for this token; returns the cookie's value and it."""
        session_id = secrets.token_urlsafe(32)
        now = self.clock.now()
        session = Session(token_id, secrets.token_urlsafe(24), now + LASTS)
        row = (_hash(session_id), str(token_id), session.csrf)
        with self.store.transaction() as tx:
            tx.run(self.store.sql(_SWEEP), (now.isoformat(),))
            tx.run(self.store.sql(_OPEN), (*row, session.expires_at.isoformat()))
        return session_id, session

    def find(self, session_id: str) -> Session | None:
        """The open session of this cookie; None if unknown, closed or expired."""
        rows = self.store.read(self.store.sql(_FIND), (_hash(session_id),))
        if not rows:
            return None
        expires = datetime.fromisoformat(str(rows[0]["expires_at"]))
        if expires <= self.clock.now():
            return None
        return Session(UUID(str(rows[0]["token_id"])), str(rows[0]["csrf"]), expires)

    def close(self, session_id: str) -> None:
        with self.store.transaction() as tx:
            tx.run(self.store.sql(_CLOSE), (_hash(session_id),))
