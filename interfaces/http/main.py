"""The composition root of the HTTP service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from pydantic import BaseModel

from interfaces.config import Settings
from interfaces.http import problems
from interfaces.http.routes import agencies


class HealthResponse(BaseModel):
    status: str


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.ledger = settings.build_ledger()
        try:
            yield
        finally:
            app.state.ledger.close()

    app = FastAPI(
        title="jusou-ledger",
        summary="重層的支援体制整備事業のケース台帳 (multi-layered support ledger)",
        version="0.1.0",
        lifespan=lifespan,
    )
    problems.install(app)
    app.include_router(agencies.router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> HealthResponse:
        return HealthResponse(status="ok")

    return app
