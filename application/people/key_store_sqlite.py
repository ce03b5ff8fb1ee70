"""Wrapped person keys in the SQLite file, through the library's datastore.

Every write here runs with `secure_delete` on, so SQLite zeroes the space a
deleted or moved row leaves (some builds have it off by default). A destroyed
key is overwritten with zeros, then its row deleted, then a tombstone written.
`purge` rebuilds the small key table (zeroing every page of the old one, which
also clears copies left by writes made before `secure_delete` was on) and
checkpoints the write-ahead log with TRUNCATE, so that no earlier version of a
page is left in the `-wal` file either.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from eventsourcing.sqlite import SQLiteDatastore

from application.errors import PurgeIncompleteError
from application.people.key_store import (
    TABLE,
    KeyCensus,
    KeyRecord,
    KeyStore,
    WrappedKey,
)

_COLUMNS = (
    "(subject_id TEXT PRIMARY KEY, wrapped_key BLOB, "
    "destroyed INTEGER NOT NULL DEFAULT 0, wrap_id TEXT)"
)
_REBUILT = f"{TABLE}_rebuilt"
CHECKPOINT_ATTEMPTS = 3  # each waits up to the lock timeout for readers
CHECKPOINT_PAUSE_SECONDS = 0.25


class SQLiteKeyStore(KeyStore):
    """Keys in the SQLite file, through the library's datastore."""

    def __init__(self, datastore: SQLiteDatastore) -> None:
        self._datastore = datastore

    def create_table(self) -> None:
        with self._writing() as cursor:  # one process at a time adds the column
            cursor.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} {_COLUMNS}")
            cursor.execute(f"PRAGMA table_info({TABLE})")
            if "wrap_id" not in {row[1] for row in cursor.fetchall()}:
                cursor.execute(f"ALTER TABLE {TABLE} ADD COLUMN wrap_id TEXT")

    def get(self, subject_id: UUID) -> KeyRecord | None:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT wrapped_key, destroyed, wrap_id FROM {TABLE} "  # noqa: S608
                "WHERE subject_id = ?",
                (subject_id.hex,),
            )
            row = cursor.fetchone()
        return None if row is None else KeyRecord(row[0], bool(row[1]), row[2])

    def add(self, subject_id: UUID, wrapped: bytes, wrap_id: str) -> None:
        self._run(
            f"INSERT OR IGNORE INTO {TABLE} (subject_id, wrapped_key, wrap_id) "  # noqa: S608
            "VALUES (?, ?, ?)",
            (subject_id.hex, wrapped, wrap_id),
        )

    def destroy(self, subject_id: UUID) -> None:
        with self._writing() as cursor:
            cursor.execute(
                f"UPDATE {TABLE} SET wrapped_key = zeroblob(length(wrapped_key)) "  # noqa: S608
                "WHERE subject_id = ? AND wrapped_key IS NOT NULL",
                (subject_id.hex,),
            )
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE subject_id = ?",  # noqa: S608
                (subject_id.hex,),
            )
            cursor.execute(
                f"INSERT INTO {TABLE} (subject_id, wrapped_key, destroyed) "  # noqa: S608
                "VALUES (?, NULL, 1)",
                (subject_id.hex,),
            )

    def purge(self) -> None:
        with self._writing() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {_REBUILT}")
            cursor.execute(f"CREATE TABLE {_REBUILT} {_COLUMNS}")
            cursor.execute(
                f"INSERT INTO {_REBUILT} SELECT subject_id, wrapped_key, "  # noqa: S608
                f"destroyed, wrap_id FROM {TABLE} ORDER BY subject_id"
            )
            cursor.execute(f"DROP TABLE {TABLE}")
            cursor.execute(f"ALTER TABLE {_REBUILT} RENAME TO {TABLE}")
        self._truncate_wal()

    def _truncate_wal(self) -> None:
        """Copy the log into the file and cut it to zero bytes, or say why not."""
        for _ in range(CHECKPOINT_ATTEMPTS):
            with self._datastore.get_connection(commit=True) as connection:
                cursor = connection.cursor()
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                busy = cursor.fetchone()[0]
            if not busy:
                return
            time.sleep(CHECKPOINT_PAUSE_SECONDS)
        raise PurgeIncompleteError(
            "readers kept the SQLite write-ahead log open; run `jusou keys purge`"
        )

    def not_wrapped_by(
        self, wrap_id: str, after: UUID | None, limit: int
    ) -> list[WrappedKey]:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT subject_id, wrapped_key, wrap_id FROM {TABLE} "  # noqa: S608
                "WHERE wrapped_key IS NOT NULL AND (wrap_id IS NULL OR wrap_id <> ?) "
                "AND subject_id > ? ORDER BY subject_id LIMIT ?",
                (wrap_id, after.hex if after else "", limit),
            )
            rows = cursor.fetchall()
        return [WrappedKey(UUID(r[0]), bytes(r[1]), r[2]) for r in rows]

    def rewrap(self, batch: list[tuple[WrappedKey, bytes]], wrap_id: str) -> int:
        changed = 0
        with self._writing() as cursor:
            for key, wrapped in batch:
                cursor.execute(
                    f"UPDATE {TABLE} SET wrapped_key = ?, wrap_id = ? "  # noqa: S608
                    "WHERE subject_id = ? AND wrapped_key = ?",
                    (wrapped, wrap_id, key.subject_id.hex, key.wrapped),
                )
                changed += cursor.sqlite_cursor.rowcount
        return changed

    def census(self) -> KeyCensus:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT wrap_id, destroyed, count(*) FROM {TABLE} "  # noqa: S608
                "GROUP BY wrap_id, destroyed"
            )
            rows = cursor.fetchall()
        live = {r[0]: int(r[2]) for r in rows if not r[1]}
        return KeyCensus(live, sum(int(r[2]) for r in rows if r[1]))

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        with self._writing() as cursor:
            cursor.execute(sql, params)

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        """A write transaction taken at once (BEGIN IMMEDIATE), secure_delete on.

        The library's BEGIN defers the write lock to the first write; a
        transaction that reads first then fails at once, without waiting,
        when another process wrote meanwhile. IMMEDIATE waits its turn.
        """
        with self._datastore.get_connection(commit=True) as connection:
            cursor = connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute("PRAGMA secure_delete = ON")
                yield cursor
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
