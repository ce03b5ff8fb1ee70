"""Wrapped person keys in the ledger's PostgreSQL schema, through the library."""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from eventsourcing.postgres import PostgresDatastore

from application.people.key_store import TABLE, KeyRecord, KeyStore


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
