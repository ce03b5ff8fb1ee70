"""The answers kept for `Idempotency-Key`, and ids derived from the key.

A keyed write makes its new ids as uuid5(user, key, n): a retry of it
makes the same ids, so if the first attempt committed (and the answer was
lost, e.g. the process was killed between commit and answer), the retry's
new aggregate collides with the stored one and the store's uniqueness
refuses it: no second case. The kept answer (status, body, ETag) is what a
retry within 24 h receives; it is written after the command committed, so
that window is covered by the derived ids alone. Bodies kept here are ids,
versions and codes: an answer carrying a token (a new user's) is never kept.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import count
from typing import Protocol
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from projections.view_store import ViewStore

KEEP_FOR = timedelta(hours=24)
NAMESPACE = uuid5(NAMESPACE_URL, "urn:jusou:idempotency-key")
_TABLE = (
    "CREATE TABLE IF NOT EXISTS {idempotency_answers} (user_id TEXT NOT NULL, "
    "idem_key TEXT NOT NULL, body_hash TEXT NOT NULL, status INTEGER NOT NULL, "
    "body TEXT NOT NULL, etag TEXT, recorded_at TEXT NOT NULL, "
    "PRIMARY KEY (user_id, idem_key))"
)
_FIND = (
    "SELECT body_hash, status, body, etag, recorded_at FROM {idempotency_answers} "
    "WHERE user_id = ? AND idem_key = ?"
)
_KEEP = (
    "INSERT INTO {idempotency_answers} VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (user_id, idem_key) DO UPDATE SET body_hash = excluded.body_hash, "
    "status = excluded.status, body = excluded.body, etag = excluded.etag, "
    "recorded_at = excluded.recorded_at"
)
_seed: contextvars.ContextVar[tuple[str, Callable[[], int]] | None] = (
    contextvars.ContextVar("idempotency_seed", default=None)
)


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class Answer:
    """A write's first answer, as it is given again."""

    body_hash: str
    status: int
    body: bytes
    etag: str | None


def body_hash(method_path: str, body: bytes) -> str:
    return hashlib.sha256(method_path.encode() + b"\0" + body).hexdigest()


def keyed_ids() -> UUID:
    """The next id of this request: derived from its key, else random."""
    seed = _seed.get()
    if seed is None:
        return uuid4()
    name, next_number = seed
    return uuid5(NAMESPACE, f"{name}:{next_number()}")


def derive_ids(user_id: str, key: str) -> contextvars.Token[object]:
    """From now on in this context, new ids come from (user, key)."""
    numbers = count()
    seed = (f"{user_id}:{key}", lambda: next(numbers))
    return _seed.set(seed)  # type: ignore[return-value]


def stop_deriving(token: contextvars.Token[object]) -> None:
    _seed.reset(token)  # type: ignore[arg-type]


class AnswerStore:
    """Kept answers, in the ledger's own database (no personal data)."""

    def __init__(self, store: ViewStore, clock: Clock) -> None:
        self.store, self.clock = store, clock  # the ledger's: tests fix it

    def now(self) -> datetime:
        return self.clock.now()

    def create_table(self) -> None:
        self.store.create([_TABLE])

    def find(self, user_id: str, key: str) -> Answer | None:
        rows = self.store.read(self.store.sql(_FIND), (user_id, key))
        if not rows:
            return None
        row = rows[0]
        if datetime.fromisoformat(str(row["recorded_at"])) < self.now() - KEEP_FOR:
            return None
        etag = None if row["etag"] is None else str(row["etag"])
        body = str(row["body"]).encode()
        return Answer(str(row["body_hash"]), int(row["status"]), body, etag)

    def keep(self, user_id: str, key: str, answer: Answer) -> None:
        if b'"token"' in answer.body:
            return  # a secret shown once is never stored (only its hash is)
        json.loads(answer.body or b"null")  # bodies kept are JSON, or nothing
        params = (user_id, key, answer.body_hash, answer.status)
        at = self.now().isoformat()
        with self.store.transaction() as tx:
            tx.run(
                self.store.sql(_KEEP), (*params, answer.body.decode(), answer.etag, at)
            )
