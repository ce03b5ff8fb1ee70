"""Value types shared by the request models: validated here, so bad input is a 422.

Text must encode as UTF-8 (JSON can carry lone surrogates, which the
encryption of personal data could not seal), and every string and list has a
bound, so no body can make the service do unbounded work.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    StringConstraints,
)


def _encodable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    if not text.strip():
        raise ValueError("text must not be blank")
    return text


# `pattern`: the document says what `_encodable` refuses, a blank text: one
# character at least that `str.strip` keeps. Spelt out, since `\s` differs
# between Python, JSON Schema (ECMA-262) and pydantic's regex (e.g. U+001F).
NOT_BLANK = (
    r"[^\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a"
    r"\u2028\u2029\u202f\u205f\u3000]"
)
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=4000, pattern=NOT_BLANK),
    AfterValidator(_encodable),
]
ShortText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=NOT_BLANK),
    AfterValidator(_encodable),
]


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _written_as_a_date(value: object) -> object:
    """Refuse numbers, even as text: pydantic would read `0` as 1970-01-01."""
    if isinstance(value, (int, float)):
        raise ValueError("a date is written as text, YYYY-MM-DD")  # noqa: TRY004
    if isinstance(value, str) and not re.fullmatch(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value
    ):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


def _written_as_an_instant(value: object) -> object:
    """Refuse numbers, even as text: pydantic would read `0.5` as a Unix time."""
    if isinstance(value, (int, float)) or (
        isinstance(value, str) and not _ISO_DAY.match(value)
    ):
        raise ValueError("an instant is written ISO 8601, YYYY-MM-DDThh:mm±hh:mm")
    return value


IsoInstant = Annotated[AwareDatetime, BeforeValidator(_written_as_an_instant)]
IsoDate = Annotated[
    date,
    BeforeValidator(_written_as_a_date),
    Field(description="an ISO date, YYYY-MM-DD"),
]
BusinessDate = Annotated[
    date,
    BeforeValidator(_written_as_a_date),
    Field(
        description=(
            "the day it happened, YYYY-MM-DD: not after today (Asia/Tokyo) nor "
            "further back than the backdating window (422 `invalid_date`)"
        )
    ),
]
Code = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9_]{1,40}$"),
    Field(description="an ASCII code, e.g. an agency code such as `shakyo`"),
]
Codes = Annotated[list[Code], Field(max_length=40)]
ReadPurpose = Annotated[
    str,
    Query(
        pattern=r"^[a-z0-9_]{1,40}$",
        description="why the data is read, kept in the access log (閲覧目的)",
    ),
]
