"""Fail fast while PostgreSQL cannot be reached: 503 at once, not a hung request.

The library retries a failed read or write ten times, and psycopg's pool
waits up to POSTGRES_CONNECT_TIMEOUT for a connection on each try, so a
request that meets a stopped database hangs for many seconds before it
fails (and holds a worker thread all that time). Here a probe thread asks
the database `SELECT 1` twice a second on a connection of its own; while it
fails, every /v1 request is answered 503 `storage_unavailable` at once,
with the same problem body as problems.py. When the database answers again,
the pool's idle connections are checked (`pool.check()`: the dead ones are
replaced at once, not after the pool's reconnection back-off) and requests
flow again. PostgreSQL only: a SQLite file does not go away.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import psycopg
from eventsourcing.postgres import PostgresDatastore
from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from application.case_ledger import CaseLedger
from interfaces.http.problems import storage_unavailable

PROBE_SECONDS = 0.5
CONNECT_TIMEOUT_SECONDS = 1
logger = logging.getLogger("jusou.http")


class StorageGate:
    """Whether the database answered the latest probe; probes on a thread."""

    def __init__(self, datastore: PostgresDatastore) -> None:
        self.pool = datastore.pool
        kwargs = self.pool.kwargs() if callable(self.pool.kwargs) else self.pool.kwargs
        self._conninfo = {k: v for k, v in (kwargs or {}).items() if k != "row_factory"}
        self._conn: psycopg.Connection[Any] | None = None
        self._up = threading.Event()
        self._up.set()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name="storage-gate", daemon=True
        )

    @classmethod
    def of(cls, recorder: object) -> StorageGate | None:
        datastore = getattr(recorder, "datastore", None)
        return cls(datastore) if isinstance(datastore, PostgresDatastore) else None

    @property
    def open(self) -> bool:
        return self._up.is_set()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        self._close()

    def probe_once(self) -> None:
        if self._probe():
            if not self._up.is_set():
                self.pool.check()  # drop the connections the outage killed
                logger.warning("storage reachable again")
                self._up.set()
        elif self._up.is_set():
            logger.warning("storage unreachable: answering 503 until it is back")
            self._up.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.probe_once()
            self._stop.wait(PROBE_SECONDS)

    def _probe(self) -> bool:
        try:
            if self._conn is None or self._conn.closed:
                self._conn = psycopg.connect(
                    **self._conninfo,
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_SECONDS,
                )
            self._conn.execute("SELECT 1")
        except psycopg.Error:
            self._close()
            return False
        return True

    def _close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                self._conn.close()
            self._conn = None


def start(app: FastAPI, ledger: CaseLedger) -> Callable[[], None]:
    """Probe the ledger's PostgreSQL (if it is on one); returns the stop."""
    gate = app.state.storage_gate = StorageGate.of(ledger.recorder)
    if gate is None:
        return lambda: None
    gate.start()
    return gate.stop


class Middleware:
    """Answers /v1 requests 503 while `app.state.storage_gate` is shut."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/"):
            gate = getattr(scope["app"].state, "storage_gate", None)
            if gate is not None and not gate.open:
                await storage_unavailable()(scope, receive, send)
                return
        await self.app(scope, receive, send)
