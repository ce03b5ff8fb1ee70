"""Protections every answer gets: body limit, no-store, Retry-After, Allow."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from application.errors import AccessLogUnavailableError
from interfaces.http import metrics, problems
from interfaces.http.protection import BodyLimit, ResponseHeaders
from tests.interfaces.given_api import intake, problem
from tests.interfaces.given_app import bearer, given_service

LIMIT = 4096


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with given_service(tmp_path_factory.mktemp("limits"), max_body_bytes=LIMIT) as c:
        yield c


def test_an_unauthenticated_oversized_post_is_413_not_401(client: TestClient) -> None:
    response = client.post(
        "/v1/cases",
        content=b"{" + b" " * (LIMIT + 1) + b"}",
        headers={"Content-Type": "application/json"},
    )

    assert problem(response) == (413, "body_too_large")
    assert response.headers["connection"] == "close"


def test_a_chunked_body_is_counted_and_refused_past_the_limit(
    client: TestClient,
) -> None:
    chunks = (b" " * 1024 for _ in range(LIMIT // 1024 + 2))

    response = client.post(
        "/v1/cases", content=chunks, headers={"Content-Type": "application/json"}
    )

    assert problem(response) == (413, "body_too_large")


def test_a_body_within_the_limit_reaches_the_route(client: TestClient) -> None:
    headers = bearer(client, "chuo_houkatsu", "caseworker")

    response = client.post("/v1/cases", json=intake(), headers=headers)

    assert response.status_code == 201


def test_a_chunked_body_within_the_limit_reaches_the_route_whole(
    client: TestClient,
) -> None:
    headers = {**bearer(client, "chuo_houkatsu", "caseworker")}
    headers["Content-Type"] = "application/json"
    body = json.dumps(intake()).encode()
    chunks = (body[i : i + 100] for i in range(0, len(body), 100))

    response = client.post("/v1/cases", content=chunks, headers=headers)

    assert response.status_code == 201


def test_an_oversized_declared_body_is_refused_without_reading_it() -> None:
    read: list[Message] = []

    async def receive() -> Message:
        read.append({"type": "http.request"})
        raise AssertionError("the body was read")

    sent = asyncio.run(call(BodyLimit(never_called, max_bytes=LIMIT), receive))

    assert sent[0]["status"] == 413
    assert read == []


def test_a_streamed_body_is_read_no_further_than_the_limit() -> None:
    read: list[int] = []

    async def receive() -> Message:  # an endless chunked upload
        read.append(1024)
        return {"type": "http.request", "body": b" " * 1024, "more_body": True}

    sent = asyncio.run(
        call(BodyLimit(never_called, max_bytes=LIMIT), receive, chunked=True)
    )

    assert sent[0]["status"] == 413
    assert sum(read) <= LIMIT + 1024


async def never_called(_scope: Scope, _receive: Receive, _send: Send) -> None:
    raise AssertionError("the app was called with an oversized body")


async def call(
    app: BodyLimit, receive: Receive, chunked: bool = False
) -> list[Message]:
    framing = (
        (b"transfer-encoding", b"chunked")
        if chunked
        else (
            b"content-length",
            str(200 * 1024 * 1024).encode(),
        )
    )
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/cases",
        "headers": [framing],
    }
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


def test_every_v1_answer_is_no_store(client: TestClient) -> None:
    headers = bearer(client, "chuo_houkatsu", "caseworker")

    answers = [
        client.get("/v1/agencies", headers=headers),
        client.get("/v1/agencies"),  # 401
        client.get("/v1/cases/00000000-0000-4000-8000-000000000000", headers=headers),
    ]

    assert [a.headers.get("cache-control") for a in answers] == ["no-store"] * 3
    assert "cache-control" not in client.get("/healthz").headers


def test_a_405_names_the_allowed_methods(client: TestClient) -> None:
    response = client.get(f"/v1/users/{uuid4()}/deactivate")

    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def given_an_app_whose_access_log_fails() -> FastAPI:
    app = FastAPI()
    problems.install(app)
    metrics.install(app)
    app.add_middleware(ResponseHeaders)

    @app.get("/v1/read")
    def read() -> None:
        raise AccessLogUnavailableError("the access record could not be written")

    @app.get("/v1/bare-503")
    def bare() -> None:
        raise HTTPException(503, "down")

    return app


@pytest.mark.parametrize("path", ["/v1/read", "/v1/bare-503"])
def test_every_503_carries_retry_after(path: str) -> None:
    client = TestClient(given_an_app_whose_access_log_fails())

    response = client.get(path)

    assert response.status_code == 503
    assert response.headers["retry-after"] == problems.RETRY_AFTER_SECONDS


def test_an_access_log_failure_is_counted_in_the_metrics() -> None:
    client = TestClient(given_an_app_whose_access_log_fails())

    client.get("/v1/read")

    assert "jusou_access_log_write_failures_total 1.0" in client.get("/metrics").text


def test_the_database_and_key_files_are_private(tmp_path: Path) -> None:
    with given_service(tmp_path) as client:
        headers = bearer(client, "chuo_houkatsu", "caseworker")
        client.post("/v1/cases", json=intake(), headers=headers)
        files = sorted(tmp_path.glob("ops.db*"))

        modes = {f.name: oct(f.stat().st_mode & 0o777) for f in files}

    assert {"ops.db", "ops.db-wal", "ops.db-shm"} <= set(modes)
    assert set(modes.values()) == {"0o600"}, modes
