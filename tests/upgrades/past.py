"""Where the past ledger lies, and the keys it was written with."""

from __future__ import annotations

import base64
from pathlib import Path

PAST = Path(__file__).parents[1] / "fixtures" / "ledger-fy2026-v1"


def key(name: str) -> bytes:
    """A base64 key file of the fixture, as bytes."""
    return base64.b64decode((PAST / name).read_text().strip())
