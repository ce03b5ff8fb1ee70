"""Every application test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from uuid import uuid4

import psycopg
import pytest

from application.case_ledger import CaseLedger
from interfaces.config import Settings


def postgres_schema_url(database_url: str) -> str:
    """A fresh schema per test inside the run's database: tests never share rows."""
    schema = f"t_{uuid4().hex[:12]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{database_url}?schema={schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def settings(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('store')}/ledger.db"
    else:
        url = postgres_schema_url(request.getfixturevalue("postgres_database_url"))
    return Settings(
        database_url=url, master_key=os.urandom(32), master_key_source="test"
    )


@pytest.fixture
def ledger(settings: Settings) -> Iterator[CaseLedger]:
    ledger = settings.build_ledger()
    yield ledger
    ledger.close()


@pytest.fixture
def settings_(settings: Settings) -> Settings:
    """The same store settings, under a name hypothesis's `settings` does not hide."""
    return settings
