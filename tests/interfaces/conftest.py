"""One API per test module (a fresh SQLite file), with a fixed "today"."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.interfaces.given_api import TODAY, Api
from tests.support.clock import TestClock


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    path = tmp_path_factory.mktemp("api") / "api.db"
    settings = Settings(
        database_url=f"sqlite:///{path}",
        master_key=os.urandom(32),
        master_key_source="test",
    )
    app = create_app(settings)
    clock = TestClock(TODAY)
    with TestClient(app) as client:
        ledger = app.state.ledger
        ledger.today, ledger.now = clock.today, clock.now
        yield Api(client, ledger, clock)
