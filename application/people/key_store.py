"""Where wrapped person keys are kept: beside the events, in the same database.

This is the one mutable table in the ledger, on purpose: erasure must be able
to destroy a key. A destroyed key leaves a tombstone, so no new key is ever
made for an erased person by mistake. Each key records which master key wraps
it (`wrap_id`, a fingerprint, never the key), so that a master-key rotation
knows what is left to re-wrap (`docs/erasure-and-keys.md`).
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from uuid import UUID

TABLE = "person_keys"


@dataclass(frozen=True, repr=False)
class KeyRecord:
    """A subject's wrapped key, or the tombstone of a destroyed one."""

    wrapped: bytes | None
    destroyed: bool
    wrap_id: str | None = None  # None: wrapped before wrap ids were kept


@dataclass(frozen=True, repr=False)
class WrappedKey:
    """A live key as stored, for re-wrapping under another master key."""

    subject_id: UUID
    wrapped: bytes
    wrap_id: str | None


@dataclass(frozen=True)
class KeyCensus:
    """How many live keys each master key wraps, and how many are destroyed."""

    by_wrap_id: dict[str | None, int] = field(default_factory=dict)
    destroyed: int = 0

    def outside(self, wrap_id: str) -> int:
        """Live keys not (yet) wrapped by `wrap_id`."""
        return sum(n for w, n in self.by_wrap_id.items() if w != wrap_id)


class KeyStore(ABC):
    """Port: the table of wrapped person keys."""

    @abstractmethod
    def create_table(self) -> None:
        """Create the table, or add what an older version's table lacks."""

    @abstractmethod
    def get(self, subject_id: UUID) -> KeyRecord | None: ...

    @abstractmethod
    def add(self, subject_id: UUID, wrapped: bytes, wrap_id: str) -> None:
        """Insert a wrapped key unless the subject already has a row."""

    @abstractmethod
    def destroy(self, subject_id: UUID) -> None:
        """Overwrite the wrapped key, delete its row, leave a tombstone."""

    @abstractmethod
    def purge(self) -> None:
        """Remove what destroyed or re-wrapped keys left in the database files."""

    @abstractmethod
    def not_wrapped_by(
        self, wrap_id: str, after: UUID | None, limit: int
    ) -> list[WrappedKey]:
        """Live keys wrapped otherwise, in subject order, after `after`."""

    @abstractmethod
    def rewrap(self, batch: list[tuple[WrappedKey, bytes]], wrap_id: str) -> int:
        """Replace each key's wrapping if still as read, in one transaction.

        Returns how many were replaced (a key destroyed meanwhile is not).
        """

    @abstractmethod
    def census(self) -> KeyCensus: ...


class InMemoryKeyStore(KeyStore):
    """Keys in memory, for the library's in-memory (POPO) persistence."""

    def __init__(self) -> None:
        self._rows: dict[UUID, KeyRecord] = {}
        self._lock = threading.Lock()

    def create_table(self) -> None:
        return None

    def get(self, subject_id: UUID) -> KeyRecord | None:
        return self._rows.get(subject_id)

    def add(self, subject_id: UUID, wrapped: bytes, wrap_id: str) -> None:
        with self._lock:
            self._rows.setdefault(subject_id, KeyRecord(wrapped, False, wrap_id))

    def destroy(self, subject_id: UUID) -> None:
        with self._lock:
            self._rows[subject_id] = KeyRecord(None, destroyed=True)

    def purge(self) -> None:
        return None  # nothing is written anywhere

    def not_wrapped_by(
        self, wrap_id: str, after: UUID | None, limit: int
    ) -> list[WrappedKey]:
        found = sorted(
            (WrappedKey(s, r.wrapped, r.wrap_id) for s, r in self._rows.items()
             if r.wrapped is not None and r.wrap_id != wrap_id),
            key=lambda k: k.subject_id.hex,
        )  # fmt: skip
        return [k for k in found if after is None or k.subject_id.hex > after.hex][
            :limit
        ]

    def rewrap(self, batch: list[tuple[WrappedKey, bytes]], wrap_id: str) -> int:
        changed = 0
        with self._lock:
            for key, wrapped in batch:
                row = self._rows.get(key.subject_id)
                if row is not None and row.wrapped == key.wrapped:
                    self._rows[key.subject_id] = KeyRecord(wrapped, False, wrap_id)
                    changed += 1
        return changed

    def census(self) -> KeyCensus:
        counts: dict[str | None, int] = {}
        for row in self._rows.values():
            if row.wrapped is not None:
                counts[row.wrap_id] = counts.get(row.wrap_id, 0) + 1
        destroyed = sum(1 for row in self._rows.values() if row.destroyed)
        return KeyCensus(counts, destroyed)
