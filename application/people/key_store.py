"""Where wrapped person keys are kept: beside the events, in the same database.

This is the one mutable table in the ledger, on purpose: erasure must be able
to destroy a key. A destroyed key leaves a tombstone, so no new key is ever
made for an erased person by mistake.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

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


class SQLiteKeyStore(KeyStore):
    """Keys in the SQLite file, through the library's datastore."""

    def __init__(self, datastore: SQLiteDatastore) -> None:
        self._datastore = datastore

    def create_table(self) -> None:
        self._run(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (subject_id TEXT PRIMARY KEY, "
            "wrapped_key BLOB, destroyed INTEGER NOT NULL DEFAULT 0)"
        )

    def get(self, subject_id: UUID) -> KeyRecord | None:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT wrapped_key, destroyed FROM {TABLE} WHERE subject_id = ?",  # noqa: S608
                (subject_id.hex,),
            )
            row = cursor.fetchone()
        return None if row is None else KeyRecord(row[0], bool(row[1]))

    def add(self, subject_id: UUID, wrapped: bytes) -> None:
        self._run(
            f"INSERT OR IGNORE INTO {TABLE} (subject_id, wrapped_key) VALUES (?, ?)",  # noqa: S608
            (subject_id.hex, wrapped),
        )

    def destroy(self, subject_id: UUID) -> None:
        self._run(
            f"INSERT INTO {TABLE} (subject_id, wrapped_key, destroyed) "  # noqa: S608
            "VALUES (?, NULL, 1) ON CONFLICT (subject_id) "
            "DO UPDATE SET wrapped_key = NULL, destroyed = 1",
            (subject_id.hex,),
        )

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        with self._datastore.transaction(commit=True) as cursor:
            cursor.execute(sql, params)


class PostgresKeyStore(KeyStore):
    """Keys in the ledger's PostgreSQL schema, through the library's datastore."""

    def __init__(self, datastore: PostgresDatastore) -> None:
        self._datastore = datastore
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", datastore.schema):
            raise ValueError("the PostgreSQL schema name must be a plain identifier")
        self._table = f'"{datastore.schema}".{TABLE}'

    def create_table(self) -> None:
        self._run(
            f"CREATE TABLE IF NOT EXISTS {self._table} (subject_id uuid PRIMARY KEY, "
            "wrapped_key bytea, destroyed boolean NOT NULL DEFAULT false)"
        )

    def get(self, subject_id: UUID) -> KeyRecord | None:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT wrapped_key, destroyed FROM {self._table} "  # noqa: S608
                "WHERE subject_id = %s",
                (subject_id,),
            )
            row = cursor.fetchone()
        if row is None:
            return None
        wrapped = row["wrapped_key"]
        return KeyRecord(bytes(wrapped) if wrapped else None, bool(row["destroyed"]))

    def add(self, subject_id: UUID, wrapped: bytes) -> None:
        self._run(
            f"INSERT INTO {self._table} (subject_id, wrapped_key) "  # noqa: S608
            "VALUES (%s, %s) ON CONFLICT (subject_id) DO NOTHING",
            (subject_id, wrapped),
        )

    def destroy(self, subject_id: UUID) -> None:
        self._run(
            f"INSERT INTO {self._table} (subject_id, wrapped_key, destroyed) "  # noqa: S608
            "VALUES (%s, NULL, true) ON CONFLICT (subject_id) "
            "DO UPDATE SET wrapped_key = NULL, destroyed = true",
            (subject_id,),
        )

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        with self._datastore.transaction(commit=True) as cursor:
            cursor.execute(sql, params)
