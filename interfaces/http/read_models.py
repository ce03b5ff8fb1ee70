"""The read models inside `jusou serve`, and the dependency routes read them.

Built at start-up, followed on a background thread, stopped at shutdown
(unless JUSOU_PROJECTIONS=off leaves them to `jusou projections run`). A read
model whose code version is newer than the live one is rebuilt aside on a
second thread while the routes keep reading the live tables; the switch is
picked up by the next query.

Read-your-writes: every report carries the position (notification id) its
view has read up to, also in the `X-Projection-Position` header. A client
that has just written passes `min_position` (the ledger's position after its
write); the route's `caught_up(view)` dependency waits briefly until the
view has reached it. The wait is async and shares one position query per
view and poll among all waiters, so sixty waiting reporters hold no thread
of the pool that a caseworker's read needs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, FastAPI, Request, Response

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from projections.live import Worker
from projections.read_models import ReadModels

WAIT_SECONDS = 2.0
POLL_SECONDS = 0.02
POSITION_HEADER = "X-Projection-Position"
MAX_POSITION = 2**62


class PositionWatch:
    """Views' positions, read at most once per poll whoever is waiting."""

    def __init__(self, models: ReadModels) -> None:
        self.models = models
        self._lock = asyncio.Lock()
        self._seen: dict[str, tuple[float, int]] = {}

    async def position(self, name: str) -> int:
        async with self._lock:
            at, position = self._seen.get(name, (-POLL_SECONDS, 0))
            if time.monotonic() - at >= POLL_SECONDS:
                position = await to_thread.run_sync(self.models.position, name)
                self._seen[name] = (time.monotonic(), position)
        return position

    async def wait(self, name: str, min_position: int) -> int:
        deadline = time.monotonic() + WAIT_SECONDS
        position = await self.position(name)
        while position < min_position and time.monotonic() < deadline:
            await asyncio.sleep(POLL_SECONDS)
            position = await self.position(name)
        return position


def start(app: FastAPI, ledger: CaseLedger, settings: Settings) -> Callable[[], None]:
    """Open the views; follow and upgrade them on threads unless a worker does."""
    models = ReadModels.of(ledger)
    models.create_tables()
    app.state.read_models = models
    app.state.position_watch = PositionWatch(models)
    if not settings.projections_in_serve:
        return lambda: None
    workers = (Worker.following(models.follower()), Worker.upgrading(models))
    for worker in workers:
        worker.start()

    def stop() -> None:
        for worker in workers:
            worker.stop()

    return stop


def get_read_models(request: Request) -> ReadModels:
    models: ReadModels = request.app.state.read_models
    return models


Views = Annotated[ReadModels, Depends(get_read_models)]


def caught_up(name: str) -> Any:
    """A dependency that waits (≤ 2 s, off the thread pool) for `min_position`.

    The route itself declares and validates `min_position`; a value it would
    refuse is not waited for.
    """

    async def wait(request: Request) -> None:
        raw = request.query_params.get("min_position", "")
        if raw.isdigit() and int(raw) <= MAX_POSITION:
            await request.app.state.position_watch.wait(name, int(raw))

    return Depends(wait)


def position_after(
    models: ReadModels, name: str, _min_position: int | None, response: Response
) -> int:
    """The view's position now: the route's `caught_up` dependency has waited."""
    position = models.position(name)
    response.headers[POSITION_HEADER] = str(position)
    return position
