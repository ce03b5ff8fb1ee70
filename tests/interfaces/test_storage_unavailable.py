"""A database that cannot be reached is 503 `storage_unavailable`, never a 500.

The whole outage (a PostgreSQL cluster stopped and started under load) is
tests/integration/test_storage_outage.py; here the mapping and the gate.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
import pytest
from eventsourcing.persistence import InterfaceError, OperationalError
from fastapi import FastAPI
from fastapi.testclient import TestClient

from interfaces.http import problems, storage_gate

QUOTED = "port 5432 failed; row value 大田原 花子"


@dataclass
class ShutGate:
    """Stands for a probe that found the database down."""

    open: bool = False


def given_an_app_whose_storage_fails() -> FastAPI:
    app = FastAPI()
    problems.install(app)
    app.add_middleware(storage_gate.Middleware)

    @app.get("/v1/fails")
    def fails() -> None:
        raise OperationalError(f"connection failed: {QUOTED}")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


@pytest.mark.parametrize(
    "error",
    [OperationalError("x"), InterfaceError("x"), psycopg.OperationalError("x")],
)
def test_storage_errors_map_to_503_storage_unavailable(error: Exception) -> None:
    assert (problems.status_for(error), problems.problem_type(error)) == (
        503,
        "urn:jusou:problem:storage_unavailable",
    )


def test_a_failed_store_answers_a_problem_that_quotes_nothing_of_the_error() -> None:
    client = TestClient(given_an_app_whose_storage_fails())

    response = client.get("/v1/fails")

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == problems.RETRY_AFTER_SECONDS
    assert response.json()["type"] == "urn:jusou:problem:storage_unavailable"
    assert "大田原" not in response.text


def test_while_the_gate_is_shut_v1_is_503_at_once_and_health_still_answers() -> None:
    app = given_an_app_whose_storage_fails()
    app.state.storage_gate = ShutGate()
    client = TestClient(app)

    refused, health = client.get("/v1/anything"), client.get("/healthz")

    assert refused.status_code == 503
    assert refused.json()["type"] == "urn:jusou:problem:storage_unavailable"
    assert health.json() == {"status": "ok"}
