"""Test-wide plugins and the clock every in-process ledger tells the time by.

The PostgreSQL harness fails, never skips, under CI. Every ledger a test makes
in this process reads `today` and `now` from the `clock` fixture (TODAY unless
a test moves it), because the ledger refuses business dates after today or
further back than its backdating window: tests dated in 2026 must not depend
on the day they run.
"""

from __future__ import annotations

import pytest

from tests.application.given import a_clock
from tests.support.clock import TestClock

pytest_plugins = ["tests.support.pg_plugin"]


@pytest.fixture
def clock() -> TestClock:
    """The business day the ledgers under test live on (TODAY unless moved)."""
    return a_clock()


@pytest.fixture(autouse=True)
def _ledgers_on_the_test_clock(
    clock: TestClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("application.store.base.tokyo_today", clock.today)
    monkeypatch.setattr("application.store.base.utc_now", clock.now)
