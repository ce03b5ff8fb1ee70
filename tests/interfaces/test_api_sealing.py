"""The service seals and checkpoints by itself, from start-up to shutdown."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.application.integrity.given import eventually, given_cases


def a_client(tmp_path: Path, signing_key: bytes) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path}/api.db",
        master_key=os.urandom(32),
        master_key_source="test",
        signing_key=signing_key,
        checkpoint_seconds=0,
    )
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def signing_client(tmp_path: Path) -> Iterator[TestClient]:
    yield from a_client(tmp_path, os.urandom(32))


@pytest.fixture
def keyless_client(tmp_path: Path) -> Iterator[TestClient]:
    yield from a_client(tmp_path, b"")


def auditor_headers(ledger: CaseLedger) -> dict[str, str]:
    _, token = ledger.add_user("監査 太郎", "fukushi_ka", "auditor")
    return {"Authorization": f"Bearer {token}"}


def test_the_running_service_checkpoints_what_is_written(
    signing_client: TestClient,
) -> None:
    ledger: CaseLedger = signing_client.app.state.ledger  # type: ignore[attr-defined]
    headers = auditor_headers(ledger)
    given_cases(ledger, 2)
    written = ledger.integrity.events.count()

    def checkpointed() -> bool:
        answer = signing_client.get("/v1/ledger/checkpoint", headers=headers)
        return bool(answer.status_code == 200 and answer.json()["tree_size"] >= written)

    eventually(checkpointed)


def test_without_a_signing_key_the_service_seals_but_signs_nothing(
    keyless_client: TestClient,
) -> None:
    ledger: CaseLedger = keyless_client.app.state.ledger  # type: ignore[attr-defined]
    headers = auditor_headers(ledger)
    written = ledger.integrity.events.count()
    eventually(lambda: ledger.integrity.size() >= written)

    response = keyless_client.get("/v1/ledger/checkpoint", headers=headers)

    assert response.status_code == 404
    assert response.json()["type"] == "urn:jusou:problem:not_found"
