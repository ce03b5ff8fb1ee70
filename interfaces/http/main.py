"""The composition root of the HTTP service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from pydantic import BaseModel

from interfaces.config import Settings
from interfaces.http import problems, read_models
from interfaces.http.routes import (
    access_log,
    activities,
    agencies,
    audit_trail,
    cases,
    consents,
    history,
    ledger,
    meetings,
    plans,
    referrals,
    reports,
    users,
)
from interfaces.http.sealing import start_sealing


class HealthResponse(BaseModel):
    status: str


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.ledger = settings.build_ledger()
        sealing = start_sealing(app.state.ledger, settings)
        stop_projections = read_models.start(app, app.state.ledger, settings)
        try:
            yield
        finally:
            stop_projections()
            sealing.stop()
            app.state.ledger.close()

    app = FastAPI(
        title="jusou-ledger",
        summary="重層的支援体制整備事業のケース台帳 (multi-layered support ledger)",
        version="0.1.0",
        lifespan=lifespan,
    )
    problems.install(app)
    app.include_router(agencies.router)
    for module in (cases, consents, referrals, activities, plans, meetings):
        app.include_router(module.router)
    app.include_router(users.router)
    app.include_router(access_log.router)
    app.include_router(history.router)
    app.include_router(ledger.router)
    app.include_router(reports.router)
    app.include_router(audit_trail.router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> HealthResponse:
        return HealthResponse(status="ok")

    return app
