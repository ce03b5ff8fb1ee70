"""`jusou serve` as a real process: what `make serve` runs."""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

JUSOU = Path(sys.executable).parent / "jusou"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"jusou serve exited with {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("jusou serve did not answer /healthz within 30 s")


def serve(env: dict[str, str], cwd: Path) -> Iterator[str]:
    port = free_port()
    full_env = {**os.environ, **env, "JUSOU_HOST": "127.0.0.1", "JUSOU_PORT": str(port)}
    process = subprocess.Popen(
        [str(JUSOU), "serve"],
        env=full_env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[str]:
    yield from serve({"JUSOU_DATABASE_URL": ""}, tmp_path)


@pytest.fixture
def postgres_server(tmp_path: Path, postgres_database_url: str) -> Iterator[str]:
    key = base64.b64encode(os.urandom(32)).decode()
    env = {"JUSOU_DATABASE_URL": postgres_database_url, "JUSOU_MASTER_KEY": key}
    env["JUSOU_SIGNING_KEY"] = base64.b64encode(os.urandom(32)).decode()
    yield from serve(env, tmp_path)


def check_serves_health_docs_and_agencies(base: str) -> None:
    health = httpx.get(f"{base}/healthz")
    docs = httpx.get(f"{base}/docs")
    agencies = httpx.get(f"{base}/v1/agencies")

    assert health.json() == {"status": "ok"}
    assert docs.status_code == 200
    assert "swagger" in docs.text.lower()
    # The registry is served to signed-in users only (test_caseworker_day.py
    # lists it with a token minted by `jusou users add`).
    assert agencies.status_code == 401
    assert agencies.json()["type"] == "urn:jusou:problem:authentication"


def test_serve_on_the_sqlite_default_answers_health_and_docs(
    sqlite_server: str, tmp_path: Path
) -> None:
    check_serves_health_docs_and_agencies(sqlite_server)

    assert (tmp_path / "var" / "jusou.db").exists()
    assert (tmp_path / "var" / "master.key").exists()


@pytest.mark.postgres
def test_serve_on_postgresql_answers_health_and_docs(postgres_server: str) -> None:
    check_serves_health_docs_and_agencies(postgres_server)


def test_serve_refuses_postgresql_without_a_master_key(tmp_path: Path) -> None:
    env = {**os.environ, "JUSOU_DATABASE_URL": "postgresql://postgres@127.0.0.1/x"}
    env.pop("JUSOU_MASTER_KEY", None)

    result = subprocess.run(
        [str(JUSOU), "serve"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 2
    assert b"JUSOU_MASTER_KEY" in result.stderr
