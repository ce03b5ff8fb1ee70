"""The past ledger (`tests/fixtures/ledger-fy2026-v1`), copied for each module.

The fixture folder is never written: each module reads a private copy, with
the keys the past was written with.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from tests.upgrades.past import PAST, key


@pytest.fixture(scope="module")
def past_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings for a private copy of the past ledger (the fixture stays as is)."""
    folder = tmp_path_factory.mktemp("past")
    shutil.copy(PAST / "ledger.db", folder / "ledger.db")
    return Settings(
        database_url=f"sqlite:///{folder}/ledger.db",
        master_key=key("master.key.b64"),
        master_key_source="fixture",
        signing_key=key("signing.key.b64"),
        signing_key_source="fixture",
    )


@pytest.fixture(scope="module")
def past(past_settings: Settings) -> Iterator[CaseLedger]:
    ledger = past_settings.build_ledger()
    yield ledger
    ledger.close()
