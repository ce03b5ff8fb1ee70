"""Where wrapped person keys are kept: beside the events, in the same database.

This is the one mutable table in the ledger, on purpose: erasure must be able
to destroy a key. A destroyed key leaves a tombstone, so no new key is ever
made for an erased person by mistake.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from uuid import UUID

TABLE = "person_keys"


@dataclass(frozen=True, repr=False)
class KeyRecord:
    """A subject's wrapped key, or the tombstone of a destroyed one."""

    wrapped: bytes | None
    destroyed: bool


class KeyStore(ABC):
    """Port: the table of wrapped person keys."""

    @abstractmethod
    def create_table(self) -> None: ...

    @abstractmethod
    def get(self, subject_id: UUID) -> KeyRecord | None: ...

    @abstractmethod
    def add(self, subject_id: UUID, wrapped: bytes) -> None:
        """Insert a wrapped key unless the subject already has a row."""

    @abstractmethod
    def destroy(self, subject_id: UUID) -> None:
        """Overwrite the wrapped key with NULL and mark the row destroyed."""


class InMemoryKeyStore(KeyStore):
    """Keys in memory, for the library's in-memory (POPO) persistence."""

    def __init__(self) -> None:
        self._rows: dict[UUID, KeyRecord] = {}
        self._lock = threading.Lock()

    def create_table(self) -> None:
        return None

    def get(self, subject_id: UUID) -> KeyRecord | None:
        return self._rows.get(subject_id)

    def add(self, subject_id: UUID, wrapped: bytes) -> None:
        with self._lock:
            self._rows.setdefault(subject_id, KeyRecord(wrapped, destroyed=False))

    def destroy(self, subject_id: UUID) -> None:
        with self._lock:
            self._rows[subject_id] = KeyRecord(None, destroyed=True)
