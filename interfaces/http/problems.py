"""One table from exceptions to RFC 9457 problem responses.

Most specific class first. Every refusal answers with a stable `type`
(`urn:jusou:problem:<snake_case>`) taken from the exception's class name, so
clients can branch on it; never a 500 for bad input. A database that cannot
be reached (the library's and psycopg's operational errors, once the
library's own retries are spent) is 503 `storage_unavailable`, with
`Retry-After`: the client retries, and the pool reconnects by itself.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import psycopg
from eventsourcing.persistence import InterfaceError as StorageInterfaceError
from eventsourcing.persistence import OperationalError as StorageOperationalError
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from application.errors import (
    AccessLogUnavailableError,
    AuthenticationError,
    ConcurrentUpdateError,
    ForbiddenError,
    InvalidAsOfError,
    NotFoundError,
    PossibleDuplicateError,
    StaleVersionError,
)
from domain.errors import (
    DomainError,
    InvalidDateError,
    InvalidValueError,
    NotFoundInDomainError,
    NotPermittedError,
    PersonErasedError,
    UnknownAgencyError,
)

PROBLEM_JSON = "application/problem+json"
STORAGE_UNAVAILABLE = "urn:jusou:problem:storage_unavailable"
STORAGE_ERRORS: tuple[type[Exception], ...] = (
    StorageOperationalError,
    StorageInterfaceError,
    psycopg.OperationalError,
)
RETRY_AFTER_SECONDS = "2"
logger = logging.getLogger("jusou.http")

STATUS_TABLE: tuple[tuple[type[Exception], int], ...] = (
    (AuthenticationError, 401),
    (ForbiddenError, 403),
    (NotFoundError, 404),
    (InvalidAsOfError, 422),
    (UnknownAgencyError, 422),  # an agency code in a body: invalid input
    (NotFoundInDomainError, 404),
    (NotPermittedError, 403),
    (InvalidValueError, 422),
    (StaleVersionError, 412),
    (ConcurrentUpdateError, 409),
    (PossibleDuplicateError, 409),
    (PersonErasedError, 409),
    (DomainError, 409),
    (AccessLogUnavailableError, 503),  # no record of the read, no read
    (StorageOperationalError, 503),  # the database cannot be reached: retry
    (StorageInterfaceError, 503),
    (psycopg.OperationalError, 503),
)


def problem_type(exc: Exception) -> str:
    if isinstance(exc, STORAGE_ERRORS):
        return STORAGE_UNAVAILABLE
    name = type(exc).__name__.removesuffix("Error")
    return "urn:jusou:problem:" + re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def problem(
    status: int,
    type_: str,
    title: str,
    detail: str,
    extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    body = {"type": type_, "title": title, "status": status, "detail": detail}
    body.update(extensions or {})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)


def _extensions(exc: Exception) -> dict[str, Any]:
    """Members a client can act on (RFC 9457 §3.2).

    A date's field and bound; a possible duplicate's candidates (ids only)
    and how many others match unseen.
    """
    if isinstance(exc, InvalidDateError):
        return {"field": exc.field, "bound": exc.bound}
    if isinstance(exc, PossibleDuplicateError):
        candidates = [
            {"person_id": str(c.person_id), "case_ids": [str(i) for i in c.case_ids]}
            for c in exc.candidates
        ]
        return {"candidates": candidates, "unseen": exc.unseen}
    return {}


def status_for(exc: Exception) -> int | None:
    for cls, status in STATUS_TABLE:
        if isinstance(exc, cls):
            return status
    return None


async def refusal(_: Request, exc: Exception) -> JSONResponse:
    status = status_for(exc) or 409
    title = (type(exc).__doc__ or type(exc).__name__).strip().splitlines()[0]
    response = problem(status, problem_type(exc), title, str(exc), _extensions(exc))
    if status == 401:  # noqa: PLR2004 (RFC 9110 asks 401 to name the scheme)
        response.headers["WWW-Authenticate"] = "Bearer"
    if status == 503:  # noqa: PLR2004 (access_log_unavailable: retry shortly)
        response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response


def storage_unavailable() -> JSONResponse:
    """The 503 of a database that cannot be reached (also storage_gate.py's)."""
    response = problem(
        503,
        STORAGE_UNAVAILABLE,
        "記録の保存先に接続できません (storage unavailable)",
        "the ledger's database cannot be reached now; retry shortly",
    )
    response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response


async def _storage_unavailable(_: Request, exc: Exception) -> JSONResponse:
    # The message names hosts and may quote values: log the class only.
    logger.warning("storage unavailable: %s", type(exc).__name__)
    return storage_unavailable()


async def _invalid_body(_: Request, exc: Exception) -> JSONResponse:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    messages = (
        f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
        for e in errors
    )
    detail = "; ".join(dict.fromkeys(messages))  # once each, in order
    return problem(422, "urn:jusou:problem:invalid_request", "入力が不正です", detail)


async def _http(_: Request, exc: Exception) -> JSONResponse:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    detail = str(exc.detail) if isinstance(exc, StarletteHTTPException) else ""
    slug = {
        400: "malformed_body",
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
    }.get(status, f"http_{status}")
    response = problem(status, f"urn:jusou:problem:{slug}", detail or slug, detail)
    if isinstance(exc, StarletteHTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


def install(app: FastAPI) -> None:
    for cls in (
        AuthenticationError,
        ForbiddenError,
        NotFoundError,
        InvalidAsOfError,
        ConcurrentUpdateError,
        PossibleDuplicateError,
        StaleVersionError,
        DomainError,
        AccessLogUnavailableError,
    ):
        app.add_exception_handler(cls, refusal)
    for storage_error in STORAGE_ERRORS:
        app.add_exception_handler(storage_error, _storage_unavailable)
    app.add_exception_handler(RequestValidationError, _invalid_body)
    app.add_exception_handler(StarletteHTTPException, _http)
