"""Seeded ledgers (SQLite) for the rendering tests of this folder.

`seeded`: the form case as `make forms-pictures` prints it. `cycled`: the
same case taken on round the cycle (`tests/application/forms/given_cycle.py`):
a reader on `basic` alone, an evaluation, a transfer to 社協, its worker and
the closure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from application.case_ledger import CaseLedger
from application.demo.form_case import FormCase, seed_form_case
from interfaces.config import Settings
from tests.application.forms.given_cycle import (
    assign_and_close,
    evaluate,
    let_basic_reader_in,
    transfer,
)
from tests.interfaces.given_api import TODAY
from tests.support.clock import TestClock


def _ledger(path: Path) -> CaseLedger:
    settings = Settings(
        database_url=f"sqlite:///{path}",
        master_key=os.urandom(32),
        master_key_source="test",
    )
    ledger = settings.build_ledger()
    clock = TestClock(TODAY)
    ledger.today, ledger.now = clock.today, clock.now
    return ledger


@pytest.fixture(scope="module")
def seeded(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CaseLedger, FormCase]]:
    ledger = _ledger(tmp_path_factory.mktemp("forms") / "ledger.db")
    yield ledger, seed_form_case(ledger)
    ledger.close()


@pytest.fixture(scope="module")
def cycled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CaseLedger, FormCase]]:
    ledger = _ledger(tmp_path_factory.mktemp("cycle") / "ledger.db")
    case = seed_form_case(ledger)
    for step in (let_basic_reader_in, evaluate, transfer, assign_and_close):
        step(ledger, case)
    yield ledger, case
    ledger.close()
