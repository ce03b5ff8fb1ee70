"""A query parameter the operation does not take is refused, not ignored.

A misspelt filter (`?stauts=closed`) would otherwise answer the whole list
as if it had filtered: an integrator would never know. The parameters an
operation takes are those its OpenAPI document lists.
"""

from __future__ import annotations

from fastapi import Request

from domain.errors import InvalidValueError


class UnknownQueryParameterError(InvalidValueError):
    """The operation takes no such query parameter (不明な検索条件)."""


async def known_parameters_only(request: Request) -> None:
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    if path is None or not request.query_params:
        return
    if not getattr(route, "include_in_schema", True):
        return  # the /ui/ pages: their forms' own parameters, not the API's
    operation = request.app.openapi()["paths"].get(path, {})
    taken = operation.get(request.method.lower(), {}).get("parameters", [])
    known = {p["name"] for p in taken if p["in"] == "query"}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise UnknownQueryParameterError(
            f"no such query parameter: {unknown[0]!r}"[:200]
        )
