"""One app per test module for the pages (a fresh SQLite file), "today" fixed."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.interfaces.given_api import TODAY, Api
from tests.interfaces.pages.given_pages import Pages
from tests.support.clock import TestClock


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pages]:
    path = tmp_path_factory.mktemp("pages") / "pages.db"
    signing_key = os.urandom(32)
    settings = Settings(
        database_url=f"sqlite:///{path}",
        master_key=os.urandom(32),
        master_key_source="test",
        signing_key=signing_key,
        signing_key_source="test",
    )
    app = create_app(settings)
    clock = TestClock(TODAY)
    with TestClient(app) as client:  # the lifespan: ledger, views, sessions
        ledger = app.state.ledger
        ledger.today, ledger.now = clock.today, clock.now
        yield Pages(app, ledger, clock, Api(client, ledger, clock), signing_key)
