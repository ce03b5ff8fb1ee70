"""Writes that may be retried: `Idempotency-Key`, and lost races retried here.

Every POST under /v1 may carry `Idempotency-Key` (1–200 visible ASCII
characters). The same key and body from the same user within 24 h answers
the first answer again (status, body, ETag); the same key with another body
is refused, 422 `idempotency_key_reused`. New ids of a keyed write derive
from (user, key), so a retry can never make a second case
(`idempotency_store.py`).

Writes to one case or meeting are taken one at a time in this process (an
asyncio lock per aggregate id in the path), so they never race each other
here; only writers in other processes can. A write sent without `If-Match`
does not depend on the version it read, so when it loses such a race (409
`concurrent_update`) it is run again, up to `ATTEMPTS` times, before the 409
is answered. One with `If-Match` is not: the client chose a version.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import weakref
from dataclasses import dataclass, field

from anyio import to_thread
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from application.errors import AuthenticationError
from interfaces.http.idempotency_store import (
    Answer,
    AnswerStore,
    body_hash,
    derive_ids,
    stop_deriving,
)
from interfaces.http.problems import problem

ATTEMPTS = 4
AGGREGATE = re.compile(r"^/v1/(?:cases|meetings)/([0-9a-fA-F-]{36})(?:/|$)")
KEY = re.compile(r"[\x21-\x7e]{1,200}")
LOST_RACE = b"urn:jusou:problem:concurrent_update"
HEADER = "idempotency-key"


@dataclass
class Captured:
    """A response held back until it is known to be the one to send."""

    messages: list[Message] = field(default_factory=list)

    @property
    def status(self) -> int:
        return int(self.messages[0]["status"]) if self.messages else 500

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.messages[1:])

    @property
    def etag(self) -> str | None:
        start = self.messages[0] if self.messages else {"headers": []}
        return Headers(raw=start["headers"]).get("etag")

    async def send(self, send: Send) -> None:
        for message in self.messages:
            await send(message)


class KeyedWrites:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.locks: weakref.WeakValueDictionary[str, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def lock_for(self, path: str) -> asyncio.Lock:
        """One lock per aggregate written to; a fresh one for anything else."""
        found = AGGREGATE.match(path)
        if found is None:
            return asyncio.Lock()
        key = found.group(1).lower()
        lock = self.locks.get(key)
        if lock is None:
            lock = self.locks[key] = asyncio.Lock()
        return lock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        body = await _body(receive)
        headers = Headers(scope=scope)
        key = headers.get(HEADER)
        user = None if key is None else await _user(scope, headers)
        if key is None or user is None:  # no key, or the route answers 401
            await (await self._run(scope, body, headers)).send(send)
        elif not KEY.fullmatch(key):
            await _refuse("invalid_request", "Idempotency-Key: 1–200 visible ASCII")(
                scope, receive, send
            )
        else:
            await self._keyed(scope, body, headers, (user, key), send)

    async def _keyed(
        self,
        scope: Scope,
        body: bytes,
        headers: Headers,
        user_key: tuple[str, str],
        send: Send,
    ) -> None:
        store: AnswerStore = scope["app"].state.answers
        digest = body_hash(scope["path"], body)
        kept = await to_thread.run_sync(store.find, *user_key)
        if kept is not None and kept.body_hash != digest:
            reused = _refuse(
                "idempotency_key_reused", "this key was sent with another body"
            )
            await reused(scope, _nothing, send)
            return
        if kept is not None:
            await _replay(kept, send)
            return
        captured = await self._run(scope, body, headers, user_key)
        if 200 <= captured.status < 300:  # noqa: PLR2004
            answer = Answer(digest, captured.status, captured.body, captured.etag)
            await to_thread.run_sync(store.keep, *user_key, answer)
        await captured.send(send)

    async def _run(
        self,
        scope: Scope,
        body: bytes,
        headers: Headers,
        user_key: tuple[str, str] | None = None,
    ) -> Captured:
        """Run the write; again, a few times, while it loses a race unversioned."""
        attempts = 1 if headers.get("if-match") else ATTEMPTS
        lock = self.lock_for(scope["path"])
        for attempt in range(attempts):
            token = None if user_key is None else derive_ids(*user_key)
            try:
                async with lock:
                    captured = await self._once(scope, body)
            finally:
                if token is not None:
                    stop_deriving(token)
            if captured.status != 409 or LOST_RACE not in captured.body:  # noqa: PLR2004
                break
            await asyncio.sleep((attempt + 1) * (5 + secrets.randbelow(20)) / 1000)
        return captured

    async def _once(self, scope: Scope, body: bytes) -> Captured:
        captured = Captured()
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if sent:
                await asyncio.Event().wait()  # the body was whole: nothing follows
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def hold(message: Message) -> None:
            captured.messages.append(message)

        await self.app(scope, receive, hold)
        return captured


async def _body(receive: Receive) -> bytes:
    """The whole body (BodyLimit, outside this, has bounded it already)."""
    chunks, more = [], True
    while more:
        message = await receive()
        chunks.append(message.get("body", b""))
        more = message["type"] == "http.request" and bool(message.get("more_body"))
    return b"".join(chunks)


async def _user(scope: Scope, headers: Headers) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        actor = await to_thread.run_sync(scope["app"].state.ledger.authenticate, token)
    except AuthenticationError:
        return None
    return str(actor.user_id)


async def _replay(kept: Answer, send: Send) -> None:
    length = (b"content-length", str(len(kept.body)).encode())
    headers = [length, (b"content-type", b"application/json")] if kept.body else []
    if kept.etag is not None:
        headers.append((b"etag", kept.etag.encode()))
    headers.append((b"idempotent-replayed", b"true"))
    await send(
        {"type": "http.response.start", "status": kept.status, "headers": headers}
    )
    await send({"type": "http.response.body", "body": kept.body})


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


def _refuse(slug: str, detail: str) -> ASGIApp:
    title = "冪等キーが不正です (Idempotency-Key refused)"
    return problem(422, f"urn:jusou:problem:{slug}", title, detail)
