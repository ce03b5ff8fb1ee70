"""One log line and one count per request; the request id in and out.

An ASGI middleware, the outermost: it sees every answer, also a 413 or a
503 that never reaches a route. The line names the route's template
(`/v1/cases/{case_id}`), never the raw path, and never the query string
(a client may put a token there, `?access_token=`) nor a body: only
whether a query was sent. The caller's user id and agency are added when
authentication set them on the request's state (`auth.py`).
"""

from __future__ import annotations

import re
import time
from typing import Any
from uuid import uuid4

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from interfaces.http import metrics
from interfaces.logs import get_logger

REQUEST_ID = "X-Request-ID"
# Ids made by proxies and clients (uuid, hex, base64url); anything else is
# replaced, so a log line never carries what a client chose to put there.
REQUEST_ID_SHAPE = re.compile(r"[A-Za-z0-9._-]{8,64}")
CALLER = "caller"  # the key auth.py sets on the request's state
logger = get_logger("jusou.request")


def request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            given: str = value.decode("latin-1")
            if REQUEST_ID_SHAPE.fullmatch(given):
                return given
    return str(uuid4())


def route_template(scope: Scope) -> str:
    """The matched route's path template; `-` when none matched (a 404)."""
    path = getattr(scope.get("route"), "path", None)
    if isinstance(path, str):
        return path
    if "endpoint" in scope:  # a mounted app (the docs' assets): its prefix
        root, app_root = str(scope.get("root_path")), str(scope.get("app_root_path"))
        return root.removeprefix(app_root) or "-"
    return "-"


class ObserveRequests:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid, started, answer = request_id(scope), time.perf_counter(), {"status": 500}
        state = scope.setdefault("state", {})

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID] = rid
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            _record(scope, state, rid, answer["status"], seconds)


def _record(
    scope: Scope, state: dict[str, Any], rid: str, status: int, seconds: float
) -> None:
    route, method = route_template(scope), scope["method"]
    metrics.observe(scope, route, method, status, seconds)
    caller = state.get(CALLER)
    logger.info(
        "request",
        request_id=rid,
        method=method,
        route=route,
        status=status,
        latency_ms=round(seconds * 1000, 1),
        user_id=str(caller.user_id) if caller is not None else None,
        agency=caller.agency if caller is not None else None,
        query="redacted" if scope.get("query_string") else None,
    )
