"""`GET /readyz`: may this process take traffic? The database and the lags.

Liveness (`/healthz`) asks only whether the process answers; readiness asks
whether it can do its work: the database answers (on PostgreSQL, the storage
gate's probe is open and a query returns), the read models are no further
behind the ledger's head than `JUSOU_READY_MAX_PROJECTION_LAG` and the
sealer no further than `JUSOU_READY_MAX_SEALER_LAG`. Lags count notification
ids (PostgreSQL may skip a few), so they bound the events waiting. The same
snapshot feeds /metrics. It is given 2 s: in the half second before the
storage gate notices a stopped database, a query would hang in the library's
retries, and a readiness probe must answer (503) rather than time out.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

import anyio
import psycopg
from anyio import to_thread
from eventsourcing.persistence import PersistenceError
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from application.case_ledger import CaseLedger
from interfaces.http.problems import problem
from projections.read_models import ReadModels

DATABASE_ERRORS = (PersistenceError, psycopg.Error, sqlite3.Error)
RETRY_AFTER_SECONDS = "5"
SNAPSHOT_SECONDS = 2.0


@dataclass(frozen=True)
class Snapshot:
    """The database's state and how far each follower is behind the head."""

    database_up: bool
    projection_lag: dict[str, int] = field(default_factory=dict)
    sealer_lag: int | None = None


def snapshot(state: Any) -> Snapshot:
    """Ask the database now; not at all while the gate knows it is down."""
    gate = getattr(state, "storage_gate", None)
    models: ReadModels | None = getattr(state, "read_models", None)
    ledger: CaseLedger | None = getattr(state, "ledger", None)
    if (gate is not None and not gate.open) or models is None or ledger is None:
        return Snapshot(database_up=False)
    try:
        head = models.source.head()
        lags = {name: max(0, head - models.position(name)) for name in models.views()}
        with ledger.integrity.store.read() as tx:
            sealed = ledger.integrity.tree.position(tx)[1]
    except DATABASE_ERRORS:
        return Snapshot(database_up=False)
    return Snapshot(True, lags, max(0, head - sealed))


async def snapshot_within(state: Any, seconds: float = SNAPSHOT_SECONDS) -> Snapshot:
    """The snapshot, taken on a worker thread; the database is down if it hangs."""
    with anyio.move_on_after(seconds):
        return await to_thread.run_sync(snapshot, state, abandon_on_cancel=True)
    return Snapshot(database_up=False)


def failures(seen: Snapshot, max_projection_lag: int, max_sealer_lag: int) -> list[str]:
    """What keeps this process from being ready; empty when it is."""
    if not seen.database_up:
        return ["database: does not answer"]
    failed = [
        f"projection {name}: {lag} behind (limit {max_projection_lag})"
        for name, lag in seen.projection_lag.items()
        if lag > max_projection_lag
    ]
    if seen.sealer_lag is not None and seen.sealer_lag > max_sealer_lag:
        failed.append(f"sealer: {seen.sealer_lag} behind (limit {max_sealer_lag})")
    return failed


async def readyz(request: Request) -> JSONResponse:
    """Readiness: 200 when the database answers and the lags are in bounds."""
    settings = request.app.state.settings
    seen = await snapshot_within(request.app.state)
    failed = failures(
        seen, settings.ready_max_projection_lag, settings.ready_max_sealer_lag
    )
    if not failed:
        body = {"status": "ready", "projection_lag": seen.projection_lag}
        return JSONResponse({**body, "sealer_lag": seen.sealer_lag})
    response = problem(
        503,
        "urn:jusou:problem:not_ready",
        "準備ができていません (not ready)",
        "; ".join(failed),
    )
    response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response


def install(app: FastAPI) -> None:
    app.add_api_route("/readyz", readyz, methods=["GET"], tags=["health"])
