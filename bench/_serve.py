"""`jusou serve` as a real process for the HTTP benchmark, stopped after."""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

JUSOU = Path(sys.executable).parent / "jusou"
START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"jusou serve exited with {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:  # noqa: PLR2004
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"jusou serve did not answer within {START_SECONDS} s")


def _env(
    url: str, master_key: bytes, port: int, extra: dict[str, str]
) -> dict[str, str]:
    return {
        **os.environ,
        "JUSOU_DATABASE_URL": url,
        "JUSOU_MASTER_KEY": b64(master_key),
        "JUSOU_SIGNING_KEY": b64(os.urandom(32)),
        "JUSOU_HOST": "127.0.0.1",
        "JUSOU_PORT": str(port),
        **extra,
    }


@contextmanager
def serving(
    url: str, master_key: bytes, cwd: Path, extra: dict[str, str] | None = None
) -> Iterator[str]:
    """Run `jusou serve` on `url` with this master key; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (our own entry point)
        [str(JUSOU), "serve"],
        env=_env(url, master_key, port, extra or {}),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
