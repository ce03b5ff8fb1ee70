"""The ledger's own database, as seen by the views: a SQLite file or a PG schema.

Views live beside the events (same SQLite file, same PostgreSQL schema) and
use the library's datastore, so they share its connections, its writer lock
on SQLite and its schema on PostgreSQL. SQL is written once with `?`
placeholders and `{table}` names; `sql()` adapts it to the store and, given
a generation's names, to that generation's tables.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

Datastore = SQLiteDatastore | PostgresDatastore
Row = dict[str, Any]
_TABLE = re.compile(r"\{(\w+)\}")


class JoinedTransactionError(RuntimeError):
    """A step inside a joined transaction failed: the whole transaction must."""


class Tx:
    """One open transaction on the store: run statements, read rows.

    A Tx made by `rendering()` turns templates into the SQL of one
    generation's tables before running them.
    """

    def __init__(self, cursor: Any, render: Callable[[str], str] = str) -> None:
        self._cursor = cursor
        self._render = render

    def rendering(self, render: Callable[[str], str]) -> Tx:
        return Tx(self._cursor, render)

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Execute one statement; returns the number of rows it changed."""
        self._cursor.execute(self._render(sql), tuple(params))
        return int(getattr(self._cursor, "sqlite_cursor", self._cursor).rowcount)

    def many(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        if params:
            self._cursor.executemany(self._render(sql), [tuple(p) for p in params])

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        self._cursor.execute(self._render(sql), tuple(params))
        return [dict(row) for row in self._cursor.fetchall()]


class ViewStore:
    """Where the views keep their tables, and how to talk to it."""

    def __init__(self, datastore: Datastore) -> None:
        self.datastore = datastore
        self.postgres = isinstance(datastore, PostgresDatastore)
        schema = datastore.schema if isinstance(datastore, PostgresDatastore) else ""
        if schema and not re.fullmatch(r"[a-z_][a-z0-9_]*", schema):
            raise ValueError("the PostgreSQL schema name must be a plain identifier")
        self.schema = schema
        self._prefix = f'"{schema}".' if schema else ""
        self._joined = threading.local()

    @classmethod
    def of(cls, recorder: object) -> ViewStore:
        """The store of an application's recorder (SQLite or PostgreSQL)."""
        datastore = getattr(recorder, "datastore", None)
        if not isinstance(datastore, SQLiteDatastore | PostgresDatastore):
            raise TypeError("views need the ledger on SQLite or PostgreSQL")
        return cls(datastore)

    def sql(self, text: str, names: Mapping[str, str] | None = None) -> str:
        """`{name}` becomes the qualified table; `?` becomes `%s` on PostgreSQL.

        `names` maps a view's logical table names to one generation's tables.
        """
        names = names or {}
        text = _TABLE.sub(
            lambda m: self._prefix + names.get(m.group(1), m.group(1)), text
        )
        return text.replace("?", "%s") if self.postgres else text

    @contextmanager
    def transaction(self, *, commit: bool = True) -> Iterator[Tx]:
        """A transaction of its own, or the one this thread has joined."""
        joined: Tx | None = getattr(self._joined, "tx", None)
        if joined is None:
            with self.datastore.transaction(commit=commit) as cursor:
                yield Tx(cursor)
            return
        try:
            yield joined
        except Exception as exc:
            # A nested step cannot roll back alone: its writes are already in
            # the outer transaction, so it must not be retried inside it.
            raise JoinedTransactionError(type(exc).__name__) from exc

    @contextmanager
    def joined(self, tx: Tx) -> Iterator[None]:
        """Every transaction this thread opens meanwhile is `tx` (commits with it)."""
        self._joined.tx = tx
        try:
            yield
        finally:
            self._joined.tx = None

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self.transaction(commit=False) as tx:
            return tx.rows(sql, params)

    def create(self, statements: Sequence[str]) -> None:
        """Run DDL once; on PostgreSQL under the ledger's advisory lock."""
        with self.transaction() as tx:
            self.lock_ddl(tx)
            for statement in statements:
                tx.run(self.sql(statement))

    def lock_ddl(self, tx: Tx) -> None:
        """Serialise schema changes between workers (PostgreSQL)."""
        if self.postgres:
            tx.run("SELECT pg_advisory_xact_lock(%s)", (_DDL_LOCK,))

    def table_exists(self, tx: Tx, name: str) -> bool:
        if self.postgres:
            found = tx.rows("SELECT to_regclass(%s) AS t", (self.sql(f"{{{name}}}"),))
            return found[0]["t"] is not None
        rows = tx.rows(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        )
        return bool(rows)


class Renderer:
    """Templates to SQL for one set of table names, each rendered once."""

    def __init__(self, store: ViewStore, names: Mapping[str, str]) -> None:
        self._store, self._names = store, names
        self._done: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        done = self._done.get(text)
        if done is None:
            done = self._done[text] = self._store.sql(text, self._names)
        return done


# The same lock id the ledger takes for its own tables (application/store/base.py):
# concurrent DDL on a fresh PostgreSQL database fails intermittently.
_DDL_LOCK = 0x4A55534F55
