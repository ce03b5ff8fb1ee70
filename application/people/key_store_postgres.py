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
import time
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
# milliseconds its rewrite lasts; it waits this long for running readers,
# and as long for older snapshots to end (see `_wait_for_older_snapshots`).
PURGE_TIMEOUT_SECONDS = 30.0
_POLL_SECONDS = 0.05

# A row version that any snapshot could still see is "recently dead": VACUUM
# FULL copies it, key bytes and all, into the new file. The horizon counts
# snapshots of this database and of backends not yet in one (a session
# starting, the autovacuum launcher), and those can be as old as the oldest
# transaction running anywhere in the cluster: measured, a key survived 1 run
# in 4 while other databases were busy. So the purge waits until no
# transaction begun before it still runs, and no such snapshot is left.
_MARKER = """
SELECT pg_current_xact_id()::text AS xid8,
       mod(pg_current_xact_id()::text::bigint, 4294967296)::text AS xid
"""
_OLDER_SNAPSHOTS = """
SELECT pg_snapshot_xmin(pg_current_snapshot()) <= %(xid8)s::xid8
    OR EXISTS (
        SELECT FROM pg_stat_activity
        WHERE (datname = current_database() OR datname IS NULL)
          AND pid <> pg_backend_pid()
          AND (age(backend_xmin) >= age(%(xid)s::xid)
               OR age(backend_xid) >= age(%(xid)s::xid))
    ) AS older
"""


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
        rewrite(self._datastore, self._table, "the key table")

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


def rewrite(datastore: PostgresDatastore, table: str, what: str) -> None:
    """Rewrite a small table with VACUUM FULL, leaving no dead row's bytes.

    Raises `PurgeIncompleteError` when an older transaction or snapshot, or a
    reader's lock, outlasts `PURGE_TIMEOUT_SECONDS`.
    """
    incomplete = PurgeIncompleteError(
        f"{what} could not be rewritten; run `jusou keys purge`"
    )
    timeout = f"{round(PURGE_TIMEOUT_SECONDS * 1000)}ms"
    try:
        with datastore.get_connection() as connection:  # autocommit
            if not _wait_for_older_snapshots(connection):
                raise incomplete
            connection.execute(f"SET lock_timeout = '{timeout}'")
            try:
                connection.execute(f"VACUUM (FULL) {table}")
            finally:
                connection.execute("RESET lock_timeout")
    except OperationalError:  # the lock not had in time, or the server gone
        raise incomplete from None


def _wait_for_older_snapshots(connection: Any) -> bool:
    """Whether every snapshot older than now ended within the purge's timeout."""
    marker = _one(connection, _MARKER)
    deadline = time.monotonic() + PURGE_TIMEOUT_SECONDS
    while _one(connection, _OLDER_SNAPSHOTS, marker)["older"]:
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_SECONDS)
    return True


def _one(connection: Any, sql: str, params: Any = None) -> Any:
    """The single row of an aggregate or a function's SELECT."""
    return connection.execute(sql, params).fetchone()
