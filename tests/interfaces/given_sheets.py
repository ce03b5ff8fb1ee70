"""Reading the report workbooks as an office opens them."""

from __future__ import annotations

import re
from typing import Any


def header_row(sheet: Any) -> int:
    """The header row: where the autofilter starts (below any title lines)."""
    found = re.match(r"[A-Z]+([0-9]+):", str(sheet.auto_filter.ref))
    assert found is not None, "every report sheet has an autofilter"
    return int(found.group(1))
