"""The ledger's own database for the integrity tables, through the library.

SQL is written once with `?` placeholders and `{name}` tables; `Store.sql`
adapts it to SQLite or PostgreSQL. Connections, the SQLite writer lock and the
PostgreSQL schema are the library's datastore's, as in `key_store_sqlite.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

SEAL_LOCK = 0x4A55534F5553  # "JUSOUS": one sealer at a time, across processes
_NAME = re.compile(r"\{(\w+)\}")
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")


class Tx:
    """One open transaction: run statements, read rows as tuples."""

    def __init__(self, cursor: Any, *, postgres: bool) -> None:
        self._cursor = cursor
        self._postgres = postgres

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        self._cursor.execute(sql, tuple(params))
        raw = self._cursor if self._postgres else self._cursor.sqlite_cursor
        return int(raw.rowcount)

    def many(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        if params:
            self._cursor.executemany(sql, params)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self._cursor.execute(sql, tuple(params))
        fetched = self._cursor.fetchall()
        if self._postgres:  # the library's connections make dict rows
            return [tuple(row.values()) for row in fetched]
        return [tuple(row) for row in fetched]


class Store:
    """SQL on the events' own database: a SQLite file or a PostgreSQL schema."""

    def __init__(self, datastore: SQLiteDatastore | PostgresDatastore, events: str):
        self.datastore = datastore
        self.postgres = isinstance(datastore, PostgresDatastore)
        prefix = ""
        if isinstance(datastore, PostgresDatastore):
            if not _IDENTIFIER.fullmatch(datastore.schema):
                raise ValueError(
                    "the PostgreSQL schema name must be a plain identifier"
                )
            prefix = f'"{datastore.schema}".'
        if not _IDENTIFIER.fullmatch(events):
            raise ValueError("the events table name must be a plain identifier")
        self._names = {
            "events": prefix + events,
            "id": "notification_id" if self.postgres else "rowid",
            "blob": "bytea" if self.postgres else "BLOB",
            "int": "BIGINT" if self.postgres else "INTEGER",
            **{t: f"{prefix}integrity_{t}" for t in _TABLES},
        }

    def sql(self, text: str) -> str:
        """`{name}` becomes a table or type; `?` becomes `%s` on PostgreSQL."""
        text = _NAME.sub(lambda m: self._names[m.group(1)], text)
        return text.replace("?", "%s") if self.postgres else text

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self.datastore.transaction(commit=False) as cursor:
            yield Tx(cursor, postgres=self.postgres)

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self.datastore.transaction(commit=True) as cursor:
            yield Tx(cursor, postgres=self.postgres)

    @contextmanager
    def sealing(self) -> Iterator[Tx]:
        """A write transaction that holds the sealer's lock from its first statement.

        On PostgreSQL an advisory lock; on SQLite a no-op update of the
        tracking row, which takes the file's write lock before anything is read.
        """
        with self.write() as tx:
            if self.postgres:
                tx.run("SELECT pg_advisory_xact_lock(%s)", (SEAL_LOCK,))
            else:
                tx.run(self.sql(_TOUCH))
            yield tx

    def create_tables(self) -> None:
        with self.write() as tx:
            for statement in _DDL:
                tx.run(self.sql(statement))


_TABLES = ("leaves", "nodes", "checkpoints", "tracking")
_TOUCH = "UPDATE {tracking} SET tree_size = tree_size WHERE name = 'sealer'"
_DDL = (
    "CREATE TABLE IF NOT EXISTS {leaves} (leaf_index {int} PRIMARY KEY, "
    "notification_id {int} NOT NULL UNIQUE, originator_id {blob} NOT NULL, "
    "originator_version {int} NOT NULL, leaf_hash {blob} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS {nodes} (level INTEGER NOT NULL, "
    "idx {int} NOT NULL, hash {blob} NOT NULL, PRIMARY KEY (level, idx))",
    "CREATE TABLE IF NOT EXISTS {checkpoints} (tree_size {int} NOT NULL, "
    "issued_at TEXT NOT NULL, root {blob} NOT NULL, signature {blob} NOT NULL, "
    "public_key {blob} NOT NULL, PRIMARY KEY (tree_size, issued_at))",
    "CREATE TABLE IF NOT EXISTS {tracking} (name TEXT PRIMARY KEY, "
    "tree_size {int} NOT NULL, notification_id {int} NOT NULL)",
    "INSERT INTO {tracking} (name, tree_size, notification_id) "
    "VALUES ('sealer', 0, 0) ON CONFLICT (name) DO NOTHING",
)
