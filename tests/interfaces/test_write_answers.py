"""Every write answers the same way for the same kind of act (CONTRIBUTING.md).

201 when it makes something new: the new id and the aggregate's `version` in
the body, the version in `ETag`. 204 for any other act: no body, the version
in `ETag`. Checked on the OpenAPI document, so that a new POST route that
answers otherwise fails here, and by calling every POST route once, so that
the document cannot promise an answer the route does not give.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.interfaces.given_api import Api
from tests.interfaces.given_writes import every_write

SPEC: dict[str, Any] = create_app(
    Settings("sqlite:///unused.db", os.urandom(32), "test")  # never opened
).openapi()

# Routes that answer otherwise, each with the reason. The test fails when one
# of them starts to follow the rule, so that it leaves this list too.
DEPARTURES: dict[str, list[str]] = {
    # `UserCommands.deactivate_user` returns nothing.
    "/v1/users/{user_id}/deactivate": ["no ETag"],
    # Answered 200 with `{version}` before the rule: its clients read the body.
    "/v1/registry/agencies/{code}/deactivate": ["answers 200, not 201 or 204"],
}


def post_operations() -> dict[str, dict[str, Any]]:
    return {
        path: item["post"]
        for path, item in SPEC["paths"].items()
        if path.startswith("/v1/") and "post" in item
    }


def schema_of(answer: dict[str, Any]) -> dict[str, Any]:
    ref: str = answer["content"]["application/json"]["schema"]["$ref"]
    schema: dict[str, Any] = SPEC["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return schema


def body_departures(answer: dict[str, Any]) -> list[str]:
    fields = set(schema_of(answer)["properties"])
    found = []
    if not any(name.endswith("_id") or name == "code" for name in fields):
        found.append("no id in the body")
    if "version" not in fields:
        found.append("no version in the body")
    return found


def departures(operation: dict[str, Any]) -> list[str]:
    """How a POST operation's documented answer differs from the rule."""
    statuses = [s for s in operation["responses"] if s.startswith("2")]
    if statuses not in (["201"], ["204"]):
        return [f"answers {', '.join(statuses)}, not 201 or 204"]
    answer = operation["responses"][statuses[0]]
    found = body_departures(answer) if statuses == ["201"] else []
    if statuses == ["204"] and "content" in answer:
        found.append("a body on a 204")
    if "ETag" not in answer.get("headers", {}):
        found.append("no ETag")
    return found


def test_the_post_routes_are_found() -> None:
    assert len(post_operations()) >= 20


@pytest.mark.parametrize("path", sorted(post_operations()))
def test_every_post_route_answers_by_the_rule(path: str) -> None:
    operation = post_operations()[path]

    found = departures(operation)

    assert found == DEPARTURES.get(path, [])


def documented(path: str) -> tuple[int, dict[str, Any]]:
    responses = post_operations()[path]["responses"]
    (status,) = (s for s in responses if s.startswith("2"))
    return int(status), responses[status]


def answer_departures(path: str, response: httpx.Response) -> list[str]:
    """How a route's real answer differs from what its document says."""
    status, answer = documented(path)
    if response.status_code != status:
        return [f"answered {response.status_code}, documented {status}"]
    etag = response.headers.get("etag")
    found = []
    if "ETag" in answer.get("headers", {}) and etag is None:
        found.append("no ETag sent")
    if status == 204 and response.content:
        found.append("a body on a 204")
    elif status != 204 and etag not in {None, f'"{response.json().get("version")}"'}:
        found.append(f"ETag {etag} is not the body's version")
    return found


def test_every_post_route_answers_as_its_document_says(api: Api) -> None:
    answered = every_write(api)

    found = {path: answer_departures(path, r) for path, r in answered.items()}

    assert {path: f for path, f in found.items() if f} == {}
    assert sorted(answered) == sorted(post_operations())
