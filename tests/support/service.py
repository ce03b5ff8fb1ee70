"""`jusou serve` as a process a test owns: start it, kill -9 it, stop it.

Only loopback addresses; every wait is bounded.
"""

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
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from application.case_ledger import CaseLedger
from interfaces.config import Settings

JUSOU = Path(sys.executable).parent / "jusou"
UP_SECONDS = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


@dataclass
class Keys:
    """The master and signing keys a service and the test share."""

    master: bytes = field(default_factory=lambda: os.urandom(32))
    signing: bytes = field(default_factory=lambda: os.urandom(32))

    def settings(self, url: str) -> Settings:
        return Settings(
            database_url=url,
            master_key=self.master,
            master_key_source="test",
            signing_key=self.signing,
            signing_key_source="test",
        )

    def ledger(self, url: str, *, create_tables: bool = True) -> CaseLedger:
        return self.settings(url).build_ledger(create_tables=create_tables)


@dataclass
class Service:
    """One `jusou serve` process on a fixed loopback port."""

    url: str
    keys: Keys
    cwd: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "JUSOU_DATABASE_URL": self.url,
            "JUSOU_MASTER_KEY": b64(self.keys.master),
            "JUSOU_SIGNING_KEY": b64(self.keys.signing),
            "JUSOU_HOST": "127.0.0.1",
            "JUSOU_PORT": str(self.port),
            "JUSOU_CHECKPOINT_SECONDS": "1",
            **self.extra_env,
        }

    def spawn(self) -> None:
        """Start the process without waiting for it (see `wait_until_up`)."""
        with (self.cwd / f"serve-{self.port}.log").open("ab") as log:
            self.process = subprocess.Popen(
                [str(JUSOU), "serve"],
                env=self.env(),
                cwd=self.cwd,
                stdout=log,
                stderr=log,
            )

    def start(self) -> None:
        self.spawn()
        self.wait_until_up()

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + UP_SECONDS
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                raise AssertionError(f"jusou serve exited: {self.log_tail()}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError(f"jusou serve not up in {UP_SECONDS} s: {self.log_tail()}")

    def kill(self) -> None:
        """kill -9: no shutdown, no flush, nothing but what was committed."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self) -> str:
        log = self.cwd / f"serve-{self.port}.log"
        text = log.read_text(errors="replace") if log.exists() else ""
        return "\n".join(text.splitlines()[-30:])

    def log_text(self) -> str:
        log = self.cwd / f"serve-{self.port}.log"
        return log.read_text(errors="replace") if log.exists() else ""


@contextmanager
def running(service: Service) -> Iterator[Service]:
    service.start()
    try:
        yield service
    finally:
        service.stop()
