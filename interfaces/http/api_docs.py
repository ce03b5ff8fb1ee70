"""Swagger UI and ReDoc served by the service itself: no CDN on a closed network.

The scripts and styles are the files the `fastapi-offline` package ships
(Swagger UI and ReDoc's standalone bundle); they are served from this
process under /docs/static. FastAPI's own pages would load them from a CDN,
so `create_app` switches those off and these take their place. Swagger UI's
online validator badge is switched off too: it would call a public server.
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DOCS, REDOC, STATIC = "/docs", "/redoc", "/docs/static"
OAUTH2_REDIRECT = "/docs/oauth2-redirect"
SWAGGER_PARAMETERS = {"validatorUrl": None}


async def swagger_ui(request: Request) -> HTMLResponse:
    root, app = _root(request), request.app
    return get_swagger_ui_html(
        openapi_url=root + (app.openapi_url or "/openapi.json"),
        title=f"{app.title} — Swagger UI",
        oauth2_redirect_url=root + OAUTH2_REDIRECT,
        swagger_js_url=f"{root}{STATIC}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{STATIC}/swagger-ui.css",
        swagger_favicon_url=f"{root}{STATIC}/favicon.png",
        swagger_ui_parameters=SWAGGER_PARAMETERS,
    )


async def oauth2_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


async def redoc(request: Request) -> HTMLResponse:
    root, app = _root(request), request.app
    return get_redoc_html(
        openapi_url=root + (app.openapi_url or "/openapi.json"),
        title=f"{app.title} — ReDoc",
        redoc_js_url=f"{root}{STATIC}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{STATIC}/favicon.png",
        with_google_fonts=False,
    )


def install(app: FastAPI) -> None:
    """Mount the bundled assets and add /docs and /redoc (not in the schema)."""
    directory = str(files("fastapi_offline") / "static")
    app.mount(STATIC, StaticFiles(directory=directory), name="docs-static")
    pages = ((DOCS, swagger_ui), (OAUTH2_REDIRECT, oauth2_redirect), (REDOC, redoc))
    for path, page in pages:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)


def _root(request: Request) -> str:
    """The prefix a reverse proxy serves the service under (`--root-path`)."""
    return str(request.scope.get("root_path", "")).rstrip("/")
