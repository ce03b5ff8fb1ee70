"""The request examples of `/docs`, tried in order as a person would, succeed."""

from __future__ import annotations

from typing import Any

from interfaces.http.examples import SHAKYO, STEPS, WORKER
from tests.interfaces.given_api import OWNER, RECEIVER, Api

CALLERS = {WORKER: OWNER, SHAKYO: RECEIVER}


def operations(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        op["operationId"]: (path, op)
        for path, item in document["paths"].items()
        for op in item.values()
    }


def test_each_example_tried_in_order_answers_2xx(api: Api) -> None:
    served = operations(api.client.get("/openapi.json").json())
    ids: dict[str, str] = {}
    statuses = []

    for operation_id, who, _ in STEPS:
        path, operation = served[operation_id]
        example = operation["requestBody"]["content"]["application/json"]
        body = example["examples"]["walkthrough"]["value"]
        response = api.post(path.format(**ids), CALLERS[who], body)
        statuses.append((operation_id, response.status_code, response.text[:200]))
        found = response.json() if response.content else {}
        ids.update({k: v for k, v in found.items() if k.endswith("_id")})

    assert [s for s in statuses if not 200 <= s[1] < 300] == []
    assert len(statuses) == len(STEPS)
