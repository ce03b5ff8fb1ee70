"""The ledger's own database, as seen by the views: a SQLite file or a PG schema.

Views live beside the events (same SQLite file, same PostgreSQL schema) and
use the library's datastore, so they share its connections, its writer lock
on SQLite and its schema on PostgreSQL. SQL is written once with `?`
placeholders and `{table}` names; `sql()` adapts it to the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

Datastore = SQLiteDatastore | PostgresDatastore
Row = dict[str, Any]
_TABLE = re.compile(r"\{(\w+)\}")


class Tx:
    """One open transaction on the store: run statements, read rows."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Execute one statement; returns the number of rows it changed."""
        self._cursor.execute(sql, tuple(params))
        return int(getattr(self._cursor, "sqlite_cursor", self._cursor).rowcount)

    def many(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        if params:
            self._cursor.executemany(sql, [tuple(p) for p in params])

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        self._cursor.execute(sql, tuple(params))
        return [dict(row) for row in self._cursor.fetchall()]


class ViewStore:
    """Where the views keep their tables, and how to talk to it."""

    def __init__(self, datastore: Datastore) -> None:
        self.datastore = datastore
        self.postgres = isinstance(datastore, PostgresDatastore)
        schema = datastore.schema if isinstance(datastore, PostgresDatastore) else ""
        if schema and not re.fullmatch(r"[a-z_][a-z0-9_]*", schema):
            raise ValueError("the PostgreSQL schema name must be a plain identifier")
        self._prefix = f'"{schema}".' if schema else ""

    @classmethod
    def of(cls, recorder: object) -> ViewStore:
        """The store of an application's recorder (SQLite or PostgreSQL)."""
        datastore = getattr(recorder, "datastore", None)
        if not isinstance(datastore, SQLiteDatastore | PostgresDatastore):
            raise TypeError("views need the ledger on SQLite or PostgreSQL")
        return cls(datastore)

    def sql(self, text: str) -> str:
        """`{name}` becomes the qualified table; `?` becomes `%s` on PostgreSQL."""
        text = _TABLE.sub(lambda m: self._prefix + m.group(1), text)
        return text.replace("?", "%s") if self.postgres else text

    @contextmanager
    def transaction(self, *, commit: bool = True) -> Iterator[Tx]:
        with self.datastore.transaction(commit=commit) as cursor:
            yield Tx(cursor)

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.transaction(commit=False) as tx:
            return tx.rows(sql, params)

    def create(self, statements: Sequence[str]) -> None:
        """Run DDL once; on PostgreSQL under the ledger's advisory lock."""
        with self.transaction() as tx:
            if self.postgres:
                tx.run("SELECT pg_advisory_xact_lock(%s)", (_DDL_LOCK,))
            for statement in statements:
                tx.run(self.sql(statement))


# The same lock id the ledger takes for its own tables (application/store/base.py):
# concurrent DDL on a fresh PostgreSQL database fails intermittently.
_DDL_LOCK = 0x4A55534F55
