"""One seeded ledger (SQLite) for the rendering tests of this folder."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from application.case_ledger import CaseLedger
from application.demo.form_case import FormCase, seed_form_case
from interfaces.config import Settings
from tests.interfaces.given_api import TODAY
from tests.support.clock import TestClock


@pytest.fixture(scope="module")
def seeded(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CaseLedger, FormCase]]:
    path = tmp_path_factory.mktemp("forms") / "ledger.db"
    settings = Settings(
        database_url=f"sqlite:///{path}",
        master_key=os.urandom(32),
        master_key_source="test",
    )
    ledger = settings.build_ledger()
    clock = TestClock(TODAY)
    ledger.today, ledger.now = clock.today, clock.now
    yield ledger, seed_form_case(ledger)
    ledger.close()
