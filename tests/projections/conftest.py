"""Every projection test runs on SQLite and on PostgreSQL (a fresh schema)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from uuid import uuid4

import psycopg
import pytest

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from projections.read_models import ReadModels

STORES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def store_settings(request: pytest.FixtureRequest, directory: str) -> Settings:
    if request.param == "sqlite":
        url = f"sqlite:///{directory}/ledger.db"
    else:
        database_url: str = request.getfixturevalue("postgres_database_url")
        schema = f"p_{uuid4().hex[:12]}"
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        url = f"{database_url}?schema={schema}"
    return Settings(database_url=url, master_key=os.urandom(32), master_key_source="t")


@pytest.fixture(params=STORES)
def settings(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return store_settings(request, str(tmp_path_factory.mktemp("store")))


@pytest.fixture
def ledger(settings: Settings) -> Iterator[CaseLedger]:
    ledger = settings.build_ledger()
    yield ledger
    ledger.close()


@pytest.fixture
def models(ledger: CaseLedger) -> ReadModels:
    models = ReadModels.of(ledger)
    models.create_tables()
    return models
