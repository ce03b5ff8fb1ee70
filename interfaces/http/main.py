"""The composition root of the HTTP service."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from pydantic import BaseModel

from interfaces.config import Settings
from interfaces.http import problems, read_models, storage_gate
from interfaces.http.routes import (
    access_log,
    activities,
    agencies,
    audit_trail,
    cases,
    consents,
    disclosures,
    history,
    ledger,
    meetings,
    plans,
    referrals,
    registry,
    reports,
    users,
    vocabularies,
)
from interfaces.http.sealing import start_sealing


class HealthResponse(BaseModel):
    status: str


ROUTERS = (
    agencies,
    vocabularies,
    cases,
    consents,
    referrals,
    activities,
    plans,
    meetings,
    disclosures,
    users,
    registry,
    access_log,
    history,
    ledger,
    reports,
    audit_trail,
)


def lifespan_for(
    settings: Settings,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Build the ledger at start-up, with its background workers; stop them after."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.ledger = settings.build_ledger()
        stop_gate = storage_gate.start(app, app.state.ledger)
        sealing = start_sealing(app.state.ledger, settings)
        stop_projections = read_models.start(app, app.state.ledger, settings)
        try:
            yield
        finally:
            stop_projections()
            sealing.stop()
            stop_gate()
            app.state.ledger.close()

    return lifespan


def healthz() -> HealthResponse:
    """Liveness: answers without authentication or storage."""
    return HealthResponse(status="ok")


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(
        title="jusou-ledger",
        summary="重層的支援体制整備事業のケース台帳 (multi-layered support ledger)",
        version="0.1.0",
        lifespan=lifespan_for(settings),
    )
    problems.install(app)
    app.add_middleware(storage_gate.Middleware)  # 503 at once while PG is down
    for module in ROUTERS:
        app.include_router(module.router)
    app.add_api_route("/healthz", healthz, methods=["GET"], tags=["health"])
    return app
