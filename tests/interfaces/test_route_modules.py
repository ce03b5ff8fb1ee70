"""A resource's request and response models live in its route module.

`interfaces/http/routes/<resource>.py` holds the routes of one resource and
the models of their bodies (CONTRIBUTING.md), so adding an act touches one
interface file. A body may also be the application's own view (`CaseView`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, get_args

import pytest
from fastapi.routing import APIRoute
from pydantic import BaseModel

from tests.interfaces.test_api_deny_by_default import v1_routes


def models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The pydantic models an annotation names, inside unions and lists too."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in get_args(annotation):
        yield from models_in(argument)


def body_models(route: APIRoute) -> list[type[BaseModel]]:
    annotations = [p.field_info.annotation for p in route.dependant.body_params]
    return [m for a in [*annotations, route.response_model] for m in models_in(a)]


def test_the_routes_have_bodies() -> None:
    assert sum(len(body_models(route)) for route in v1_routes()) >= 40


@pytest.mark.parametrize("route", v1_routes(), ids=lambda r: f"{r.methods} {r.path}")
def test_a_routes_models_are_defined_beside_it(route: APIRoute) -> None:
    elsewhere = [
        f"{model.__module__}.{model.__name__}"
        for model in body_models(route)
        if model.__module__.startswith("interfaces")
        and model.__module__ != route.endpoint.__module__
    ]

    assert elsewhere == []
