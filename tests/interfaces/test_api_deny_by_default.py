"""Deny by default: no /v1 route is served without a signed-in caller and a rule."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from application.access.policy import Action
from interfaces.config import Settings
from interfaces.http.auth import authenticate
from interfaces.http.main import create_app


def calls(dependant: Dependant) -> list[Callable[..., Any]]:
    found: list[Callable[..., Any]] = []
    for dependency in dependant.dependencies:
        if dependency.call is not None:
            found.append(dependency.call)
        found += calls(dependency)
    return found


def guarded_by_a_rule(call: Callable[..., Any]) -> bool:
    action = getattr(call, "policy_action", None)
    return isinstance(action, Action) or "require_roles" in call.__qualname__


def api_routes(routes: Sequence[BaseRoute]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        included = getattr(route, "original_router", None)  # FastAPI ≥ 0.160
        if included is not None:
            yield from api_routes(included.routes)


def v1_routes() -> list[APIRoute]:
    settings = Settings("sqlite:///unused.db", os.urandom(32), "test")
    app = create_app(settings)  # routes only: the lifespan never runs here
    return [r for r in api_routes(app.routes) if r.path.startswith("/v1")]


def test_the_routes_are_found() -> None:
    assert len(v1_routes()) >= 25


@pytest.mark.parametrize("route", v1_routes(), ids=lambda r: f"{r.methods} {r.path}")
def test_every_v1_route_authenticates_and_applies_a_rule(route: APIRoute) -> None:
    dependencies = calls(route.dependant)

    assert authenticate in dependencies
    assert any(guarded_by_a_rule(call) for call in dependencies)
