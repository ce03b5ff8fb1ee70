"""`jusou serve` as an operator runs it: limits on the wire, logs, docs, metrics.

One real server on a SQLite file; raw sockets show that an oversized body
is refused before it is sent, and the server's own log output is read back.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import stat
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.service import Keys, Service, running

pytestmark = pytest.mark.e2e
LIMIT = 65536


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Service, str]]:
    directory = tmp_path_factory.mktemp("ops")
    keys = Keys()
    url = f"sqlite:///{directory}/var/ops.db"
    ledger = keys.ledger(url)
    _, token = ledger.add_user("相談員", "chuo_houkatsu", "caseworker")
    ledger.close()
    extra = {"JUSOU_MAX_BODY_BYTES": str(LIMIT), "JUSOU_LOG_FORMAT": "json"}
    with running(Service(url, keys, directory, extra_env=extra)) as service:
        yield service, token


def raw(service: Service, head: bytes, body: bytes) -> tuple[bytes, float]:
    """Send a request's head and part of its body; the answer, read to its close."""
    started = time.perf_counter()
    answer = b""
    with socket.create_connection(("127.0.0.1", service.port), timeout=10) as sock:
        sock.sendall(head + body)
        # The 413 says `Connection: close`; a reset after it is the server
        # dropping the rest of a body it will never read.
        with contextlib.suppress(ConnectionResetError):
            while len(answer) < 65536 and (more := sock.recv(4096)):
                answer += more
    return answer, time.perf_counter() - started


def test_a_200_mb_post_is_refused_413_before_its_body_is_sent(
    served: tuple[Service, str],
) -> None:
    service, _ = served
    head = (
        b"POST /v1/cases HTTP/1.1\r\nHost: localhost\r\n"
        b"Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n"
    )

    answer, seconds = raw(service, head, b"{" + b" " * 1023)

    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"body_too_large" in answer
    assert seconds < 5


def test_a_chunked_upload_is_refused_once_it_passes_the_limit(
    served: tuple[Service, str],
) -> None:
    service, _ = served
    head = (
        b"POST /v1/cases HTTP/1.1\r\nHost: localhost\r\n"
        b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"4000\r\n" + b" " * 0x4000 + b"\r\n"

    answer, _ = raw(service, head, chunk * (LIMIT // 0x4000 + 1))

    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def log_lines(service: Service) -> list[dict[str, Any]]:
    text = service.log_text()
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def test_the_log_is_json_with_a_request_line_and_never_the_token(
    served: tuple[Service, str],
) -> None:
    service, token = served
    auth = {"Authorization": f"Bearer {token}"}
    httpx.get(
        f"{service.base}/v1/agencies",
        headers={**auth, "X-Request-ID": "e2e-agencies-1"},
    )
    # A token in the query is refused (an unknown parameter), and never written.
    httpx.get(
        f"{service.base}/v1/agencies",
        params={"access_token": token},
        headers={**auth, "X-Request-ID": "e2e-agencies-2"},
    )

    time.sleep(0.2)  # the line is written after the answer
    lines = {r.get("request_id"): r for r in log_lines(service)}
    line = lines["e2e-agencies-1"]
    assert (line["route"], line["status"], line["agency"]) == (
        "/v1/agencies",
        200,
        "chuo_houkatsu",
    )
    assert lines["e2e-agencies-2"]["status"] == 422
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+\+09:00", line["time"])
    assert token not in service.log_text()
    assert "access_token" not in service.log_text()


def test_uvicorns_default_access_line_is_gone(served: tuple[Service, str]) -> None:
    service, _ = served
    httpx.get(f"{service.base}/healthz")

    time.sleep(0.2)
    assert '"GET /healthz HTTP/1.1"' not in service.log_text()
    assert any(r.get("route") == "/healthz" for r in log_lines(service))


def test_the_docs_and_their_assets_are_served_by_the_service(
    served: tuple[Service, str],
) -> None:
    service, _ = served
    html = httpx.get(f"{service.base}/docs").text

    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert assets
    assert all(a.startswith("/docs/static/") for a in assets)
    assert {httpx.get(service.base + a).status_code for a in assets} == {200}


def test_the_database_and_the_development_files_beside_it_are_private(
    served: tuple[Service, str],
) -> None:
    service, _ = served
    var = service.cwd / "var"

    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in var.glob("ops.db*")}

    assert "ops.db" in modes
    assert set(modes.values()) == {0o600}, modes
    assert stat.S_IMODE(var.stat().st_mode) == 0o700


def test_metrics_and_readiness_answer_without_a_token(
    served: tuple[Service, str],
) -> None:
    service, _ = served

    ready = httpx.get(f"{service.base}/readyz")
    metrics = httpx.get(f"{service.base}/metrics").text

    assert ready.status_code == 200
    assert 'jusou_http_requests_total{method="GET",route="/healthz",status="200"}' in (
        metrics
    )
