"""Opaque cursors for the lists: where the next page starts.

A cursor wraps the last id a page looked at; clients pass `next_cursor`
back as `cursor` and never read it. A cursor this service did not give is
refused as an invalid request (422).
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from domain.errors import InvalidValueError

_PREFIX = "p1:"  # the cursor's own version, should its content ever change


class InvalidCursorError(InvalidValueError):
    """Not a cursor this service gave (カーソルが不正です)."""


def decoded(cursor: str | None) -> str:
    """Where the page starts ("" for the first): refused 422 `invalid_cursor`."""
    if cursor is None:
        return ""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        raise InvalidCursorError("not a cursor this service gave") from None
    if not text.startswith(_PREFIX):
        raise InvalidCursorError("not a cursor this service gave")
    return text.removeprefix(_PREFIX)


def cursor_of(after: str | None) -> str | None:
    """The cursor of the page that starts after `after` (None: no next page)."""
    if after is None:
        return None
    return base64.urlsafe_b64encode((_PREFIX + after).encode()).decode().rstrip("=")


Cursor = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,200}$"),
    Field(description="the `next_cursor` of the page before (次ページの位置); opaque"),
]
Limit = Annotated[
    int, Field(ge=1, le=200, description="entries per page (1件あたりの件数), ≤ 200")
]
NEXT_CURSOR = "give it as `cursor` for the next page; null on the last page"


class PageQuery(BaseModel):
    """Where a page starts, how long it is, and the position to wait for."""

    cursor: Cursor | None = None
    limit: Limit = 50
    min_position: int | None = Field(
        None, ge=0, le=2**62, description="wait (≤2 s) for this ledger position"
    )

    @property
    def after(self) -> str:
        return decoded(self.cursor)
