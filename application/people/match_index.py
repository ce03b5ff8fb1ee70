"""The match index (照合索引): a keyed hash of カナ name and birth date per person.

Intake asks it whether a new person may be someone already held, without the
ledger keeping either in plain text: each entry is HMAC-SHA256 of the folded
text (`domain/person_match.py`) under a key of the ledger's own, kept wrapped
in the key table like a person's key (so a master-key rotation re-wraps it),
beside the person's id. Like the key table, this table is mutable on purpose:
erasing a person deletes their entries, and `purge` clears what the deletion
left in the database files (SQLite: `secure_delete`, then the key store's WAL
truncation; PostgreSQL: VACUUM FULL of this small table).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

from application.people.key_store_postgres import rewrite

TABLE = "person_matches"
# A uuid5, never a person's uuid4: the subject of the index's own key.
MATCH_KEY_SUBJECT = uuid5(NAMESPACE_URL, "urn:jusou:ledger:match-key")


def match_hash(key: bytes, text: str) -> str:
    """The entry for a folded text: hex HMAC-SHA256 under the index's key."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


class MatchIndex(ABC):
    """Port: which people hold an entry, and for what hash."""

    @abstractmethod
    def create_table(self) -> None: ...

    @abstractmethod
    def add(self, match: str, person_id: UUID) -> None:
        """Keep an entry (once)."""

    @abstractmethod
    def find(self, match: str) -> list[UUID]:
        """The people holding this entry, in id order."""

    @abstractmethod
    def remove(self, *person_ids: UUID) -> None:
        """Delete every entry of these people (erasure)."""

    @abstractmethod
    def move(self, from_id: UUID, to_id: UUID) -> None:
        """Give one person's entries to another (a merge)."""

    @abstractmethod
    def purge(self) -> None:
        """Clear what deletions left in the database files."""


class InMemoryMatchIndex(MatchIndex):
    """Entries in memory, for the library's in-memory persistence."""

    def __init__(self) -> None:
        self._rows: set[tuple[str, UUID]] = set()
        self._lock = threading.Lock()

    def create_table(self) -> None:
        return None

    def add(self, match: str, person_id: UUID) -> None:
        with self._lock:
            self._rows.add((match, person_id))

    def find(self, match: str) -> list[UUID]:
        return sorted((p for m, p in self._rows if m == match), key=str)

    def remove(self, *person_ids: UUID) -> None:
        with self._lock:
            self._rows = {r for r in self._rows if r[1] not in person_ids}

    def move(self, from_id: UUID, to_id: UUID) -> None:
        with self._lock:
            self._rows = {(m, to_id if p == from_id else p) for m, p in self._rows}

    def purge(self) -> None:
        return None  # nothing is written anywhere


class SQLMatchIndex(MatchIndex):
    """Entries in the ledger's database, SQLite or PostgreSQL, through the library."""

    def __init__(self, datastore: SQLiteDatastore | PostgresDatastore) -> None:
        self._datastore = datastore
        self._sqlite = isinstance(datastore, SQLiteDatastore)
        self._table = TABLE
        if isinstance(datastore, PostgresDatastore):
            if not re.fullmatch(r"[a-z_][a-z0-9_]*", datastore.schema):
                raise ValueError("the PostgreSQL schema name must be an identifier")
            self._table = f'"{datastore.schema}".{TABLE}'

    def create_table(self) -> None:
        self._run(
            f"CREATE TABLE IF NOT EXISTS {self._table} (match TEXT NOT NULL, "
            "person_id TEXT NOT NULL, PRIMARY KEY (match, person_id))"
        )

    def add(self, match: str, person_id: UUID) -> None:
        self._run(
            f"INSERT INTO {self._table} (match, person_id) VALUES (?, ?) "  # noqa: S608
            "ON CONFLICT DO NOTHING",
            (match, str(person_id)),
        )

    def find(self, match: str) -> list[UUID]:
        with self._datastore.transaction(commit=False) as cursor:
            cursor.execute(
                self._sql(
                    f"SELECT person_id FROM {self._table} WHERE match = ? "  # noqa: S608
                    "ORDER BY person_id"
                ),
                (match,),
            )
            return [UUID(str(row["person_id"])) for row in cursor.fetchall()]

    def remove(self, *person_ids: UUID) -> None:
        with self._writing() as cursor:
            for person_id in person_ids:
                cursor.execute(
                    self._sql(f"DELETE FROM {self._table} WHERE person_id = ?"),  # noqa: S608
                    (str(person_id),),
                )

    def move(self, from_id: UUID, to_id: UUID) -> None:
        with self._writing() as cursor:
            cursor.execute(
                self._sql(
                    f"INSERT INTO {self._table} (match, person_id) SELECT match, ? "  # noqa: S608
                    f"FROM {self._table} WHERE person_id = ? ON CONFLICT DO NOTHING"
                ),
                (str(to_id), str(from_id)),
            )
            cursor.execute(
                self._sql(f"DELETE FROM {self._table} WHERE person_id = ?"),  # noqa: S608
                (str(from_id),),
            )

    def purge(self) -> None:
        datastore = self._datastore
        if isinstance(datastore, SQLiteDatastore):
            return  # deleted with secure_delete; the key purge truncates the WAL
        rewrite(datastore, self._table, "the match index")

    def _sql(self, sql: str) -> str:
        return sql if self._sqlite else sql.replace("?", "%s")

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        with self._writing() as cursor:
            cursor.execute(self._sql(sql), params)

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        with self._datastore.transaction(commit=True) as cursor:
            if self._sqlite:
                cursor.execute("PRAGMA secure_delete = ON")
            yield cursor
