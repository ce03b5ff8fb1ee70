"""Value types shared by the request models: validated here, so bad input is a 422.

Text must encode as UTF-8 (JSON can carry lone surrogates, which the
encryption of personal data could not seal), and every string and list has a
bound, so no body can make the service do unbounded work.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import AfterValidator, Field, StringConstraints


def _encodable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    if not text.strip():
        raise ValueError("text must not be blank")
    return text


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=4000), AfterValidator(_encodable)
]
ShortText = Annotated[
    str, StringConstraints(min_length=1, max_length=200), AfterValidator(_encodable)
]
BusinessDate = Annotated[
    date,
    Field(
        strict=True,
        description="an ISO date (YYYY-MM-DD) of what happened; not after today",
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
