"""Fresh stores for a benchmark: a PostgreSQL schema or a SQLite file, then gone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from uuid import uuid4

import psycopg

from application.case_ledger import CaseLedger
from interfaces.config import Settings

PG_URL = os.environ.get(
    "JUSOU_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def postgres_reachable() -> bool:
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.OperationalError:
        return False
    return True


def stores() -> list[str]:
    """The stores to measure: BENCH_STORES (e.g. `sqlite`), PostgreSQL if it answers."""
    wanted = os.environ.get("BENCH_STORES", "sqlite,postgres").split(",")
    chosen = [s.strip() for s in wanted if s.strip() in {"sqlite", "postgres"}]
    if "postgres" in chosen and not postgres_reachable():
        print(f"PostgreSQL unreachable at {PG_URL}: its figures are left out")
        chosen.remove("postgres")
    return chosen


def postgres_version() -> str:
    try:
        with psycopg.connect(PG_URL, connect_timeout=3) as conn:
            row = conn.execute("SELECT version()").fetchone()
    except psycopg.OperationalError:
        return "unreachable"
    return str(row[0]) if row else ""


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A new schema on the benchmark server; yields its name, dropped after."""
    schema = f"bench_{uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
        try:
            yield schema
        finally:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def sqlite_dir() -> Iterator[Path]:
    with TemporaryDirectory(prefix="jusou-bench-") as tmp:
        yield Path(tmp)


@contextmanager
def database_url(store: str) -> Iterator[str]:
    """A fresh ledger database URL on `store` ("postgres" or "sqlite")."""
    if store == "postgres":
        with postgres_schema() as schema:
            yield f"{PG_URL}?schema={schema}"
        return
    with sqlite_dir() as tmp:
        yield f"sqlite:///{tmp}/ledger.db"


def settings_for(url: str, master_key: bytes | None = None) -> Settings:
    return Settings(
        database_url=url,
        master_key=master_key or os.urandom(32),
        master_key_source="bench",
    )


@contextmanager
def fresh_ledger(store: str) -> Iterator[CaseLedger]:
    """Our ledger on a fresh database: tables made, the registry seeded."""
    with database_url(store) as url:
        ledger = settings_for(url).build_ledger()
        try:
            yield ledger
        finally:
            ledger.close()
