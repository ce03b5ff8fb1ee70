"""`jusou serve` seals and checkpoints by itself; a second process verifies it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx

from tests.e2e.test_serve import JUSOU, free_port, wait_until_up


def jusou(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(JUSOU), *args],
        cwd=cwd,
        env={**os.environ, "JUSOU_DATABASE_URL": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def an_auditors_token(cwd: Path) -> str:
    made = jusou(
        cwd, "users", "add", "監査", "--agency", "fukushi_ka", "--role", "auditor"
    )
    return made.stdout.strip()


def checkpoint_size(base: str, token: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        response = httpx.get(f"{base}/v1/ledger/checkpoint", headers=headers)
        if response.status_code == 200:
            size: int = response.json()["tree_size"]
            return size
        time.sleep(0.2)
    raise AssertionError("no checkpoint was signed within 30 s")


def test_serve_checkpoints_in_the_background_and_stops_cleanly(
    tmp_path: Path,
) -> None:
    port = free_port()
    env = {**os.environ, "JUSOU_DATABASE_URL": "", "JUSOU_PORT": str(port)}
    server = subprocess.Popen(
        [str(JUSOU), "serve"],
        env={**env, "JUSOU_CHECKPOINT_SECONDS": "1"},
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}", server)
        size = checkpoint_size(f"http://127.0.0.1:{port}", an_auditors_token(tmp_path))
        verified = jusou(tmp_path, "audit", "verify")
    finally:
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=20)[0].decode()

    assert size > 0
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Application shutdown complete" in output
    assert "Traceback" not in output
