"""The pages' sessions on both stores: opened, found, expired, closed."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import date, timedelta
from uuid import uuid4

import pytest

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from interfaces.http.pages.sessions import LASTS, SessionStore
from projections.view_store import ViewStore
from tests.application.conftest import postgres_schema_url
from tests.support.clock import TestClock

DAY = date(2026, 6, 30)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[CaseLedger]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/sessions.db"
    else:
        url = postgres_schema_url(request.getfixturevalue("postgres_database_url"))
    built = Settings(url, os.urandom(32), "test").build_ledger()
    yield built
    built.close()


@pytest.fixture
def clock() -> TestClock:
    return TestClock(DAY)


@pytest.fixture
def store(ledger: CaseLedger, clock: TestClock) -> SessionStore:
    sessions = SessionStore(ViewStore.of(ledger.recorder), clock)
    sessions.create_table()
    return sessions


def test_an_open_session_is_found_by_its_cookie_alone(store: SessionStore) -> None:
    token_id = uuid4()
    cookie, opened = store.open(token_id)

    found = store.find(cookie)

    assert found == opened
    assert found is not None
    assert found.token_id == token_id
    assert store.find(cookie + "x") is None


def test_the_table_keeps_only_the_cookies_hash(store: SessionStore) -> None:
    cookie, _ = store.open(uuid4())

    rows = store.store.read(store.store.sql("SELECT * FROM {ui_sessions}"))

    digest = hashlib.sha256(cookie.encode()).hexdigest()
    assert [row["session_hash"] for row in rows] == [digest]
    assert all(cookie not in str(row.values()) for row in rows)


def test_a_session_ends_when_it_expires(store: SessionStore, clock: TestClock) -> None:
    cookie, opened = store.open(uuid4())
    assert opened.expires_at - clock.now() <= LASTS
    clock.set(DAY + timedelta(days=1))  # longer than a session lasts

    found = store.find(cookie)

    assert found is None


def test_a_closed_session_is_gone(store: SessionStore) -> None:
    cookie, _ = store.open(uuid4())

    store.close(cookie)

    assert store.find(cookie) is None
