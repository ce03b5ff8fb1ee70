"""Wrapped person keys in the SQLite file, through the library's datastore."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.sqlite import SQLiteDatastore

from application.people.key_store import TABLE, KeyRecord, KeyStore


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
