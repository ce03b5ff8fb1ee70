"""Bearer-token authentication and role checks, as FastAPI dependencies.

Every route but /healthz depends on `Caller` (or `require_roles(...)`), so an
endpoint without authentication cannot be written by accident: deny by
default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from application.access.actor import Actor
from application.errors import AuthenticationError, ForbiddenError
from interfaces.http.deps import Ledger
from interfaces.http.observe import CALLER

bearer = HTTPBearer(auto_error=False, description="`jusou users add` prints a token")


def authenticate(
    request: Request,
    ledger: Ledger,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Actor:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthenticationError("a bearer token is required")
    actor = ledger.authenticate(credentials.credentials)
    setattr(request.state, CALLER, actor)  # the request's log line names them
    return actor


Caller = Annotated[Actor, Depends(authenticate)]


def require_roles(*roles: str) -> Callable[[Actor], Actor]:
    """A dependency that lets only these roles through (403 otherwise)."""

    def check(caller: Caller) -> Actor:
        if caller.role not in roles:
            raise ForbiddenError(f"role {caller.role} may not do this")
        return caller

    return check
