"""Wrapped person keys in the ledger's PostgreSQL schema, through the library.

An UPDATE or DELETE in PostgreSQL leaves the old row version on its page until
VACUUM. A destroyed key is overwritten with zeros and its row deleted in one
transaction, then `purge` rewrites the small key table with VACUUM FULL: a
plain VACUUM frees the dead versions' space but does not clear their bytes
(measured with `pageinspect`: stale key bytes remained on a page), while
VACUUM FULL writes the live rows into new pages and drops the old file.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from eventsourcing.persistence import OperationalError
from eventsourcing.postgres import PostgresDatastore

from application.errors import PurgeIncompleteError
from application.people.key_store import (
    TABLE,
    KeyCensus,
    KeyRecord,
    KeyStore,
    WrappedKey,
)

# VACUUM FULL takes an exclusive lock on the key table for the few
# milliseconds its rewrite lasts; it waits this long for running readers.
PURGE_LOCK_TIMEOUT = "30s"


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
            "wrapped_key bytea, destroyed boolean NOT NULL DEFAULT false, "
            "wrap_id text)"
        )
        self._run(f"ALTER TABLE {self._table} ADD COLUMN IF NOT EXISTS wrap_id text")

    def get(self, subject_id: UUID) -> KeyRecord | None:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT wrapped_key, destroyed, wrap_id FROM {self._table} "  # noqa: S608
                "WHERE subject_id = %s",
                (subject_id,),
            )
            row = cursor.fetchone()
        if row is None:
            return None
        wrapped = row["wrapped_key"]
        return KeyRecord(
            bytes(wrapped) if wrapped else None, bool(row["destroyed"]), row["wrap_id"]
        )

    def add(self, subject_id: UUID, wrapped: bytes, wrap_id: str) -> None:
        self._run(
            f"INSERT INTO {self._table} (subject_id, wrapped_key, wrap_id) "  # noqa: S608
            "VALUES (%s, %s, %s) ON CONFLICT (subject_id) DO NOTHING",
            (subject_id, wrapped, wrap_id),
        )

    def destroy(self, subject_id: UUID) -> None:
        with self._datastore.transaction(commit=True) as cursor:
            cursor.execute(
                f"UPDATE {self._table} SET wrapped_key = "  # noqa: S608
                "decode(repeat('00', length(wrapped_key)), 'hex') "
                "WHERE subject_id = %s AND wrapped_key IS NOT NULL",
                (subject_id,),
            )
            cursor.execute(
                f"DELETE FROM {self._table} WHERE subject_id = %s",  # noqa: S608
                (subject_id,),
            )
            cursor.execute(
                f"INSERT INTO {self._table} (subject_id, wrapped_key, destroyed) "  # noqa: S608
                "VALUES (%s, NULL, true)",
                (subject_id,),
            )

    def purge(self) -> None:
        try:
            with self._datastore.get_connection() as connection:  # autocommit
                connection.execute(f"SET lock_timeout = '{PURGE_LOCK_TIMEOUT}'")
                try:
                    connection.execute(f"VACUUM (FULL) {self._table}")
                finally:
                    connection.execute("RESET lock_timeout")
        except OperationalError:  # the lock not had in time, or the server gone
            raise PurgeIncompleteError(
                "the key table could not be rewritten; run `jusou keys purge`"
            ) from None

    def not_wrapped_by(
        self, wrap_id: str, after: UUID | None, limit: int
    ) -> list[WrappedKey]:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT subject_id, wrapped_key, wrap_id FROM {self._table} "  # noqa: S608
                "WHERE wrapped_key IS NOT NULL "
                "AND wrap_id IS DISTINCT FROM %s "
                "AND (%s::uuid IS NULL OR subject_id > %s) "
                "ORDER BY subject_id LIMIT %s",
                (wrap_id, after, after, limit),
            )
            rows = cursor.fetchall()
        return [
            WrappedKey(r["subject_id"], bytes(r["wrapped_key"]), r["wrap_id"])
            for r in rows
        ]

    def rewrap(self, batch: list[tuple[WrappedKey, bytes]], wrap_id: str) -> int:
        changed = 0
        with self._datastore.transaction(commit=True) as cursor:
            for key, wrapped in batch:
                cursor.execute(
                    f"UPDATE {self._table} SET wrapped_key = %s, wrap_id = %s "  # noqa: S608
                    "WHERE subject_id = %s AND wrapped_key = %s",
                    (wrapped, wrap_id, key.subject_id, key.wrapped),
                )
                changed += cursor.rowcount
        return changed

    def census(self) -> KeyCensus:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                f"SELECT wrap_id, destroyed, count(*) AS n FROM {self._table} "  # noqa: S608
                "GROUP BY wrap_id, destroyed"
            )
            rows = cursor.fetchall()
        live = {r["wrap_id"]: int(r["n"]) for r in rows if not r["destroyed"]}
        return KeyCensus(live, sum(int(r["n"]) for r in rows if r["destroyed"]))

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        with self._datastore.transaction(commit=True) as cursor:
            cursor.execute(sql, params)
