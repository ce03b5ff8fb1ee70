"""Optimistic concurrency over HTTP: `ETag` and `If-Match` carry the version.

Every write answers with the aggregate's new version as a strong `ETag`
(`"7"`). `If-Match` is optional: without it a command applies to the current
state (the store still serialises writers); with it, a version other than
the current one is refused with 412 `stale_version`. `*` matches any.

A write is one of two kinds, and its decorator says which (CONTRIBUTING.md):
`@router.post(path, **CREATED)` when it makes something new (201, the new
id and `version` in the body), `@router.post(path, **NO_CONTENT)` for any
other act (204, no body). Both document the `ETag` in the OpenAPI document,
where `tests/interfaces/test_write_answers.py` checks every POST route.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Response

IF_MATCH = r'^(\*|[0-9]{1,9}|"[0-9]{1,9}")$'
ETAG_HEADER = {
    "ETag": {
        "description": 'the aggregate\'s new version, e.g. `"4"`; send it as If-Match',
        "schema": {"type": "string"},
    }
}


def answers(status: int) -> dict[str, Any]:
    """The arguments of `router.post` for a write answering `status` and an ETag."""
    return {"status_code": status, "responses": {status: {"headers": ETAG_HEADER}}}


CREATED = answers(201)  # something new: its id and `version` in the body
NO_CONTENT = answers(204)  # a step, withdrawal, closure…: no body


def tag(response: Response, version: int) -> None:
    """Give the response the aggregate's version as its ETag."""
    response.headers["ETag"] = f'"{version}"'


@dataclass(frozen=True)
class Versioning:
    """The version the client edited (`If-Match`), and where to put the new one."""

    expected: int | None
    response: Response

    def set(self, version: int) -> None:
        tag(self.response, version)


async def versioning(  # async: no I/O, so no thread-pool hop (as deps.py)
    response: Response,
    if_match: Annotated[
        str | None,
        Header(
            pattern=IF_MATCH,
            description='the version you edit, as its ETag (`"3"`); optional',
        ),
    ] = None,
) -> Versioning:
    if if_match is None or if_match == "*":
        return Versioning(None, response)
    return Versioning(int(if_match.strip('"')), response)


Versioned = Annotated[Versioning, Depends(versioning)]
