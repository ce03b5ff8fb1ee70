"""Following live: catch up, wait for news, repeat, until asked to stop.

On PostgreSQL the wait ends as soon as the ledger's recorder NOTIFYs its
channel (it does so in every write transaction); on SQLite, which cannot
notify, it polls. Either way the wait is bounded, so `stop` is honoured
within one interval. A failing batch is logged without any event data (its
type and position only) and retried after a pause: the loop never dies.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventsourcing.postgres import PostgresDatastore
from psycopg import sql

from projections.follower import Follower

logger = logging.getLogger("jusou.projections")
POLL_SECONDS = 0.5
RETRY_SECONDS = 2.0


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


class Worker:
    """The follower on a background thread (inside `jusou serve`)."""

    def __init__(self, follower: Follower) -> None:
        self.follower = follower
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=follow, args=(follower, self._stop), name="projections", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
