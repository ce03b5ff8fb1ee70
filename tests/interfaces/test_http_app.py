"""The HTTP service through FastAPI's test client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from domain.catalogue import AGENCIES
from domain.errors import ConsentRequiredError, InvalidConsentError
from interfaces.config import Settings
from interfaces.http.main import create_app
from interfaces.http.problems import problem_type, status_for


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path}/api.db",
        master_key=os.urandom(32),
        master_key_source="test",
    )
    with TestClient(create_app(settings)) as client:
        yield client


def test_health_answers_without_authentication(client: TestClient) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_the_openapi_docs_are_served(client: TestClient) -> None:
    docs = client.get("/docs")
    spec = client.get("/openapi.json")

    assert docs.status_code == 200
    assert "swagger" in docs.text.lower()
    assert "/v1/agencies" in spec.json()["paths"]


def test_the_agencies_are_listed_with_japanese_names(client: TestClient) -> None:
    _, token = client.app.state.ledger.add_user("A", "shakyo", "reporter")  # type: ignore[attr-defined]

    response = client.get("/v1/agencies", headers={"Authorization": f"Bearer {token}"})

    body = response.json()
    assert response.status_code == 200
    assert len(body) == len(AGENCIES)
    shakyo = next(a for a in body if a["code"] == "shakyo")
    assert shakyo["name_ja"] == "大田原市社会福祉協議会"
    assert shakyo["operation_ja"] == "委託"


def test_an_unknown_path_is_a_problem_not_a_stack_trace(client: TestClient) -> None:
    response = client.get("/v1/nowhere")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:jusou:problem:not_found"


@pytest.mark.parametrize(
    ("error", "status", "type_"),
    [
        (ConsentRequiredError("x"), 403, "urn:jusou:problem:consent_required"),
        (InvalidConsentError("x"), 422, "urn:jusou:problem:invalid_consent"),
    ],
)
def test_refusals_map_to_a_status_and_a_stable_problem_type(
    error: Exception, status: int, type_: str
) -> None:
    assert (status_for(error), problem_type(error)) == (status, type_)
