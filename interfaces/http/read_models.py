"""The read models inside `jusou serve`, and the dependency routes read them.

Built at start-up, followed on a background thread, stopped at shutdown
(unless JUSOU_PROJECTIONS=off leaves them to `jusou projections run`). A read
model whose code version is newer than the live one is rebuilt aside on a
second thread while the routes keep reading the live tables; the switch is
picked up by the next query.

Read-your-writes: every report carries the position (notification id) its
view has read up to, also in the `X-Projection-Position` header. A client
that has just written passes `min_position` (the ledger's position after its
write); the route waits briefly until the view has caught up to it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, FastAPI, Request, Response

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from projections.live import Worker
from projections.read_models import ReadModels

WAIT_SECONDS = 2.0
POSITION_HEADER = "X-Projection-Position"


def start(app: FastAPI, ledger: CaseLedger, settings: Settings) -> Callable[[], None]:
    """Open the views; follow and upgrade them on threads unless a worker does."""
    models = ReadModels.of(ledger)
    models.create_tables()
    app.state.read_models = models
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


def position_after(
    models: ReadModels, name: str, min_position: int | None, response: Response
) -> int:
    """The view's position, after waiting (briefly) to reach `min_position`."""
    deadline = time.monotonic() + WAIT_SECONDS
    position = models.position(name)
    while min_position is not None and position < min_position:
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
        position = models.position(name)
    response.headers[POSITION_HEADER] = str(position)
    return position
