"""The lawful-basis regressions run over REST on SQLite and on PostgreSQL.

One API per module and store, on a clock the tests move; each test starts on
TODAY and makes its own case, so tests share nothing they could disturb.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.application.conftest import postgres_schema_url
from tests.interfaces.given_api import TODAY, Api
from tests.support.clock import TestClock


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def api(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Api]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('lawful')}/api.db"
    else:
        url = postgres_schema_url(request.getfixturevalue("postgres_database_url"))
    app = create_app(Settings(url, os.urandom(32), "test"))
    clock = TestClock(TODAY)
    with TestClient(app) as client:
        ledger = app.state.ledger
        ledger.today, ledger.now = clock.today, clock.now
        yield Api(client, ledger, clock)


@pytest.fixture(autouse=True)
def _on_today(api: Api) -> None:
    api.clock.set(TODAY)
