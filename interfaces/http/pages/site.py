"""The pages under /ui/: their routers, their own static files, their sessions.

Read-only views over the same application queries and read models as the
API, for people who would rather look than read JSON. Nothing is loaded
from another host: Chart.js and the style sheet are served from
/ui/static/. The pages stay out of the OpenAPI document (they are not API).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from application.case_ledger import CaseLedger
from interfaces.http.pages import audit, caseloads, dashboard, lists, signin, timeline
from interfaces.http.pages.sessions import SessionStore
from projections.view_store import ViewStore

STATIC = Path(__file__).parent / "static"
PAGES = (signin, dashboard, caseloads, lists, timeline, audit)


def to_pages() -> RedirectResponse:
    return RedirectResponse("/ui/", 307)


def install(app: FastAPI) -> None:
    for module in PAGES:
        app.include_router(module.router)
    app.mount("/ui/static", StaticFiles(directory=STATIC), name="ui-static")
    app.add_api_route("/", to_pages, methods=["GET"], include_in_schema=False)
    app.add_api_route("/ui", to_pages, methods=["GET"], include_in_schema=False)


def start(app: FastAPI, ledger: CaseLedger) -> None:
    """The sessions' table, beside the events (made once, like the answers')."""
    app.state.ui_sessions = SessionStore(ViewStore.of(ledger.recorder), ledger)
    app.state.ui_sessions.create_table()
