"""A clock for tests: a business day the test chooses, instants that still move.

The ledger judges business dates by `today` and orders acts by `now`; a test
sets the day (`set`), and every reading of `now` is later than the one before,
as on a real day at the office.
"""

from __future__ import annotations

import time as monotonic
from datetime import UTC, date, datetime, time, timedelta

from domain.catalogue import TOKYO


class TestClock:
    """Today is the day set; now is ten o'clock that day plus the time elapsed."""

    __test__ = False  # not a test class, for pytest

    def __init__(self, day: date) -> None:
        self._day = day
        self._started = monotonic.monotonic()

    def set(self, day: date) -> None:
        self._day = day

    def today(self) -> date:
        return self._day

    def now(self) -> datetime:
        morning = datetime.combine(self._day, time(10), tzinfo=TOKYO)
        elapsed = timedelta(seconds=monotonic.monotonic() - self._started)
        return morning.astimezone(UTC) + elapsed
