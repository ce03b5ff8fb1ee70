"""ASGI middlewares that protect every answer, before any route runs.

`BodyLimit` refuses a body over `JUSOU_MAX_BODY_BYTES` with 413 before it is
read and before authentication: at once from its Content-Length, or, for a
chunked body, as soon as the bytes received pass the limit (at most the
limit is ever held). `ResponseHeaders` marks every /v1 answer
`Cache-Control: no-store` (case data is personal: no proxy or browser may
keep it) and gives every 503 a `Retry-After`, whoever answered it.
"""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from interfaces.http.problems import RETRY_AFTER_SECONDS, problem

SERVICE_UNAVAILABLE = 503


def too_large(limit: int) -> ASGIApp:
    response = problem(
        413,
        "urn:jusou:problem:body_too_large",
        "リクエストが大きすぎます (request body too large)",
        f"a request body may be at most {limit} bytes",
    )
    response.headers["Connection"] = "close"  # the rest of the body is not read
    return response


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(self.max_bytes)(scope, receive, send)
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            await self._counted(scope, receive, send)
        else:  # no body, or one the server holds to its Content-Length
            await self.app(scope, receive, send)

    async def _counted(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Receive a chunked body up to the limit, then hand it on unchanged."""
        received: list[Message] = []
        size, more = 0, True
        while more:
            message = await receive()
            received.append(message)
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await too_large(self.max_bytes)(scope, receive, send)
                return
            more = message["type"] == "http.request" and bool(message.get("more_body"))

        async def replay() -> Message:
            return received.pop(0) if received else await receive()

        await self.app(scope, replay, send)


class ResponseHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        private = scope["path"] == "/v1" or scope["path"].startswith("/v1/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if private:
                    headers["Cache-Control"] = "no-store"
                if message["status"] == SERVICE_UNAVAILABLE:
                    headers.setdefault("Retry-After", RETRY_AFTER_SECONDS)
                    # setdefault keeps a Retry-After the answer chose itself
            await send(message)

        await self.app(scope, receive, send_with_headers)
