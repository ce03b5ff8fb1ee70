"""Following live: catch up, wait for news, repeat, until asked to stop.

On PostgreSQL the wait ends as soon as the ledger's recorder NOTIFYs its
channel (it does so in every write transaction); on SQLite, which cannot
notify, it polls. Either way the wait is bounded, so `stop` is honoured
within one interval. A failing batch is logged without any event data (its
type and position only) and retried after a pause: the loop never dies.

Beside it, `keep_upgraded` rebuilds aside the read models whose code version
is newer than the live one, logging progress (names and positions only).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from eventsourcing.postgres import PostgresDatastore
from psycopg import sql

from projections.follower import Follower
from projections.read_models import ReadModels
from projections.rebuild import Outcome, Progress

logger = logging.getLogger("jusou.projections")
POLL_SECONDS = 0.5
RETRY_SECONDS = 2.0
UPGRADE_POLL_SECONDS = 2.0
LOG_EVERY_SECONDS = 5.0


@contextmanager
def _waiter(follower: Follower, stop: threading.Event) -> Iterator[Any]:
    """A function that waits for new events (or `stop`) for at most a while."""
    recorder = follower.source.recorder
    datastore = getattr(recorder, "datastore", None)
    channel = getattr(recorder, "channel_name", None)
    if not isinstance(datastore, PostgresDatastore) or channel is None:
        yield lambda: stop.wait(POLL_SECONDS)
        return
    with datastore.get_connection() as conn:
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))

        def wait() -> None:
            for _ in conn.notifies(timeout=POLL_SECONDS, stop_after=1):
                pass

        yield wait


def follow(follower: Follower, stop: threading.Event) -> None:
    """Keep the views up to date until `stop` is set."""
    while not stop.is_set():
        try:
            with _waiter(follower, stop) as wait:
                _loop(follower, stop, wait)
        except Exception as exc:  # the follower outlives a lost connection
            logger.warning("projection follower restarts after %s", type(exc).__name__)
            stop.wait(RETRY_SECONDS)


def _loop(follower: Follower, stop: threading.Event, wait: Any) -> None:
    while not stop.is_set():
        try:
            moved = follower.catch_up()
        except Exception as exc:  # one bad batch must not stop the loop
            # No traceback, no message: their text might quote data.
            logger.error(  # noqa: TRY400
                "projection batch failed after position %s: %s",
                min(follower.positions().values(), default=0),
                type(exc).__name__,
            )
            stop.wait(RETRY_SECONDS)
            continue
        if not moved:
            wait()


def keep_upgraded(
    models: ReadModels, stop: threading.Event, progress: Progress | None = None
) -> None:
    """Rebuild aside every read model the code has a newer version of.

    When another worker holds a rebuild (PostgreSQL), look again a little
    later: it switches, or it dies and this one resumes where it stopped.
    """
    progress = progress or LoggedProgress()
    while not stop.is_set():
        try:
            outcomes = models.upgrade(progress, stop)
        except Exception as exc:  # like a batch: logged, retried, never fatal
            logger.error("read model upgrade failed: %s", type(exc).__name__)  # noqa: TRY400
            stop.wait(RETRY_SECONDS)
            continue
        for name, outcome in outcomes.items():
            logger.info("read model %s: %s", name, outcome.value)
        if all(o in {Outcome.SWITCHED, Outcome.CURRENT} for o in outcomes.values()):
            return
        stop.wait(UPGRADE_POLL_SECONDS)


class LoggedProgress:
    """Progress of a rebuild as log lines: names and positions, never data."""

    def __init__(self, every: float = LOG_EVERY_SECONDS) -> None:
        self.every = every
        self._last: dict[str, float] = {}

    def __call__(self, name: str, position: int, head: int) -> None:
        now = time.monotonic()
        if position < head and now - self._last.get(name, 0.0) < self.every:
            return
        self._last[name] = now
        logger.info("read model %s: rebuilding aside, %d of %d", name, position, head)


class Worker:
    """A loop on a background thread (inside `jusou serve`), stopped on request."""

    def __init__(
        self, loop: Callable[[threading.Event], None], name: str = "projections"
    ) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=loop, args=(self._stop,), name=name, daemon=True
        )

    @classmethod
    def following(cls, follower: Follower) -> Worker:
        return cls(partial(follow, follower))

    @classmethod
    def upgrading(cls, models: ReadModels) -> Worker:
        return cls(partial(keep_upgraded, models), name="read-model-upgrade")

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
