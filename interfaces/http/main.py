"""The composition root of the HTTP service."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import Depends, FastAPI
from pydantic import BaseModel

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from interfaces.http import (
    api_docs,
    contract,
    idempotency,
    metrics,
    observe,
    problems,
    protection,
    read_models,
    readiness,
    storage_gate,
    strict_query,
)
from interfaces.http.idempotency_store import AnswerStore, keyed_ids
from interfaces.http.pages import site
from interfaces.http.routes import (
    access_log,
    activities,
    agencies,
    assessments,
    audit_trail,
    case_lists,
    cases,
    consents,
    consultations,
    disclosures,
    forms,
    handover,
    history,
    households,
    ledger,
    meetings,
    minutes,
    people,
    persons,
    plan_follow_up,
    plans,
    referral_inbox,
    referrals,
    registry,
    reports,
    reviews_due,
    rights,
    statistics,
    users,
    vocabularies,
)
from interfaces.http.sealing import start_sealing
from interfaces.version import package_version
from projections.view_store import ViewStore


class HealthResponse(BaseModel):
    status: str


ROUTERS = (
    agencies,
    vocabularies,
    case_lists,
    cases,
    consultations,
    consents,
    referrals,
    referral_inbox,
    activities,
    assessments,
    plans,
    plan_follow_up,
    handover,
    meetings,
    minutes,
    disclosures,
    forms,
    users,
    people,
    rights,
    households,
    persons,
    registry,
    access_log,
    history,
    ledger,
    reports,
    statistics,
    reviews_due,
    audit_trail,
)


def lifespan_for(
    settings: Settings, ledger: CaseLedger | None
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Open the ledger (unless given), start its background workers; stop after."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.ledger = ledger or settings.build_ledger()
        keep_answers(app, app.state.ledger)
        site.start(app, app.state.ledger)
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


def keep_answers(app: FastAPI, ledger: CaseLedger) -> None:
    """Idempotency-Key: kept answers beside the events; ids derived from keys."""
    app.state.answers = AnswerStore(ViewStore.of(ledger.recorder), ledger)
    app.state.answers.create_table()
    ledger.new_id = keyed_ids


def healthz() -> HealthResponse:
    """Liveness: answers without authentication or storage."""
    return HealthResponse(status="ok")


def create_app(settings: Settings, ledger: CaseLedger | None = None) -> FastAPI:
    """The service; `ledger`: one opened already (`jusou serve` does, to fail early)."""
    app = FastAPI(
        title="jusou-ledger",
        summary="重層的支援体制整備事業のケース台帳 (multi-layered support ledger)",
        version=package_version(),
        lifespan=lifespan_for(settings, ledger),
        docs_url=None,  # FastAPI's pages load from a CDN: api_docs.py serves ours
        redoc_url=None,
        generate_unique_id_function=contract.operation_id,
        dependencies=[Depends(strict_query.known_parameters_only)],
    )
    app.state.settings = settings
    problems.install(app)
    metrics.install(app)  # after problems: it counts access-log failures
    _middleware(app, settings)
    for module in ROUTERS:
        app.include_router(module.router)
    app.add_api_route("/healthz", healthz, methods=["GET"], tags=["health"])
    readiness.install(app)
    api_docs.install(app)
    site.install(app)  # the /ui/ pages
    contract.install(app)
    return app


def _middleware(app: FastAPI, settings: Settings) -> None:
    """The last added runs first: observe, headers, body limit, storage gate, keys."""
    app.add_middleware(idempotency.KeyedWrites)  # keys kept, lost races retried
    app.add_middleware(storage_gate.Middleware)  # 503 at once while PG is down
    app.add_middleware(protection.BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(protection.ResponseHeaders)
    app.add_middleware(observe.ObserveRequests)
