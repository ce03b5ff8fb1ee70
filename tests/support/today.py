"""The real day in Tokyo, for tests that talk to a real server process.

A server process runs on the real clock, so what such a test asks it to record
must be dated within the ledger's window around the real today.
"""

from __future__ import annotations

from datetime import date, datetime

from domain.catalogue import TOKYO


def real_today() -> date:
    return datetime.now(TOKYO).date()
