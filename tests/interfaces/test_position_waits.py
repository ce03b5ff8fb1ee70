"""Reporters waiting for `min_position` do not slow a caseworker's read.

Sixty reports ask for a position the views will not reach, so each waits
its full 2 s. Their waits are async: the thread pool stays free for the
caseworker, whose read answers at its usual speed meanwhile. (Sleeping in
the pool, as before, held every thread: 1–1.8 s for the same read.)
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from fastapi.testclient import TestClient

from interfaces.http.read_models import WAIT_SECONDS
from tests.interfaces.given_api import intake
from tests.interfaces.given_app import bearer, given_service

WAITING_REPORTERS = 60
UNREACHABLE = str(2**62)
CASEWORKER_READ_BOUND_SECONDS = 0.5


def given_waiting_reporters(client: TestClient) -> list[threading.Thread]:
    reporter = bearer(client, "fukushi_ka", "reporter")
    params = {"fiscal_year": "2026", "min_position": UNREACHABLE}

    def report() -> None:
        client.get("/v1/reports/indicators", params=params, headers=reporter)

    threads = [threading.Thread(target=report) for _ in range(WAITING_REPORTERS)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # every reporter is waiting by now
    return threads


def timed_read(client: TestClient, case_id: str, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    response = client.get(f"/v1/cases/{case_id}", headers=headers)
    assert response.status_code == 200
    return time.perf_counter() - started


def test_sixty_waiting_reporters_do_not_slow_a_caseworkers_read(
    tmp_path: Path,
) -> None:
    with given_service(tmp_path) as client:
        worker = bearer(client, "chuo_houkatsu", "caseworker")
        case_id = client.post("/v1/cases", json=intake(), headers=worker).json()
        reporters = given_waiting_reporters(client)
        started = time.perf_counter()

        reads = [timed_read(client, case_id["case_id"], worker) for _ in range(3)]

        still_waiting = time.perf_counter() - started < WAIT_SECONDS - 0.5
        for thread in reporters:
            thread.join(timeout=30)

    assert still_waiting, "the reads were not made while the reporters waited"
    assert max(reads) < CASEWORKER_READ_BOUND_SECONDS, reads


def test_a_wait_ends_as_soon_as_the_view_reaches_the_position(
    tmp_path: Path,
) -> None:
    with given_service(tmp_path) as client:
        worker = bearer(client, "chuo_houkatsu", "caseworker")
        reporter = bearer(client, "fukushi_ka", "reporter")
        client.post("/v1/cases", json=intake(), headers=worker)
        head = client.app.state.read_models.source.head()  # type: ignore[attr-defined]
        started = time.perf_counter()

        response = client.get(
            "/v1/reports/caseloads",
            params={"min_position": str(head)},
            headers=reporter,
        )

        took = time.perf_counter() - started
    assert response.status_code == 200
    assert int(response.headers["X-Projection-Position"]) >= head
    assert took < WAIT_SECONDS
