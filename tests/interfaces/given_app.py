"""A fresh service on a SQLite file under tmp_path, for the operations tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.interfaces.given_api import TODAY
from tests.support.clock import TestClock


def settings_for(tmp_path: Path, **changes: Any) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path}/ops.db",
        master_key=os.urandom(32),
        master_key_source="test",
        **changes,
    )


@contextmanager
def given_service(tmp_path: Path, **changes: Any) -> Iterator[TestClient]:
    """A service in process, its ledger on the tests' day (TODAY)."""
    with TestClient(create_app(settings_for(tmp_path, **changes))) as client:
        ledger = client.app.state.ledger  # type: ignore[attr-defined]
        clock = TestClock(TODAY)
        ledger.today, ledger.now = clock.today, clock.now
        yield client


def bearer(client: TestClient, agency: str, role: str) -> dict[str, str]:
    _, token = client.app.state.ledger.add_user(role, agency, role)  # type: ignore[attr-defined]
    return {"Authorization": f"Bearer {token}"}
