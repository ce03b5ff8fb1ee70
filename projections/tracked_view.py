"""Exactly-once writes: view rows and the tracking position in ONE transaction.

Every write of a view names the notification it comes from (`Tracking`). The
position is read under a lock at the start of the transaction and moved on
with the rows, so a notification at or before it raises `IntegrityError` and
changes nothing: a duplicate delivery is never counted twice.

`batch()` opens one transaction for many events (catch-up, rebuild): inside
it every write joins that transaction, and the position is written once, at
the end. Outside a batch each write is its own transaction.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

from eventsourcing.persistence import IntegrityError, Tracking, TrackingRecorder

from projections.view_store import Tx, ViewStore

TRACKING_DDL = (
    "CREATE TABLE IF NOT EXISTS {projection_tracking} ("
    "projection TEXT NOT NULL, application_name TEXT NOT NULL, "
    "notification_id BIGINT NOT NULL, PRIMARY KEY (projection, application_name))"
)


class BatchingView(TrackingRecorder, ABC):
    """The port every view offers its driver: tables, batches, rebuilds."""

    @abstractmethod
    def create_table(self) -> None: ...

    @abstractmethod
    def batch(
        self, application_name: str | None = None
    ) -> AbstractContextManager[None]: ...

    @abstractmethod
    def advance_to(self, application_name: str, notification_id: int) -> None: ...

    @abstractmethod
    def clear(self) -> None: ...


@dataclass
class _Open:
    """The transaction of a batch and how far it has gone."""

    tx: Tx
    application_name: str | None
    started_at: int
    position: int


class TrackedSQLView(BatchingView):
    """A SQL view that keeps its own tracking row beside its rows.

    Subclasses list their DDL in `tables` and their table names in
    `table_names` (cleared on rebuild), and write through `tracked()`.
    """

    tables: Sequence[str] = ()
    table_names: Sequence[str] = ()

    def __init__(self, store: ViewStore, projection: str) -> None:
        self.store = store
        self.projection = projection
        self._open: _Open | None = None
        self._sql_lock = store.sql(
            "INSERT INTO {projection_tracking} VALUES (?, ?, 0) "
            "ON CONFLICT (projection, application_name) DO NOTHING"
        )
        self._sql_position = store.sql(
            "SELECT notification_id FROM {projection_tracking} "
            "WHERE projection = ? AND application_name = ?"
        )
        self._sql_move = store.sql(
            "UPDATE {projection_tracking} SET notification_id = ? "
            "WHERE projection = ? AND application_name = ? AND notification_id < ?"
        )

    def create_table(self) -> None:
        self.store.create((TRACKING_DDL, *self.tables))

    @contextmanager
    def batch(self, application_name: str | None = None) -> Iterator[None]:
        """One transaction and one tracking write for every write inside."""
        if self._open is not None:
            raise RuntimeError("a batch is already open on this view")
        with self.store.transaction() as tx:
            self._open = _Open(tx, None, 0, 0)
            try:
                if application_name is not None:
                    self._join(application_name)
                yield
                self.write_buffered(tx)
                self._flush()
            finally:
                self.drop_buffered()
                self._open = None

    def advance_to(self, application_name: str, notification_id: int) -> None:
        """Inside a batch: the batch read up to here, even with nothing to apply."""
        opened = self._join(application_name)
        opened.position = max(opened.position, notification_id)

    @contextmanager
    def tracked(self, tracking: Tracking) -> Iterator[Tx]:
        """The transaction to write one event's rows in, its position checked."""
        if self._open is None:
            with self.batch():
                yield self._advance(tracking)
            return
        yield self._advance(tracking)

    def write_buffered(self, tx: Tx) -> None:
        """Write rows a view kept back during the batch (one round trip each)."""

    def drop_buffered(self) -> None:
        """Forget rows kept back (the batch is over, committed or not)."""

    def insert_tracking(self, tracking: Tracking) -> None:
        with self.tracked(tracking):
            pass

    def max_tracking_id(self, application_name: str) -> int | None:
        rows = self.store.read(self._sql_position, (self.projection, application_name))
        position = int(rows[0]["notification_id"]) if rows else 0
        return position or None

    def clear(self) -> None:
        """Forget every row and the position: the next catch-up rebuilds."""
        with self.store.transaction() as tx:
            for table in self.table_names:
                tx.run(self.store.sql(f"DELETE FROM {{{table}}}"))  # noqa: S608
            tx.run(
                self.store.sql(
                    "DELETE FROM {projection_tracking} WHERE projection = ?"
                ),
                (self.projection,),
            )

    def _advance(self, tracking: Tracking) -> Tx:
        opened = self._join(tracking.application_name)
        if tracking.notification_id <= opened.position:
            raise IntegrityError(
                f"{self.projection} has applied notification "
                f"{opened.position}; {tracking.notification_id} is not new"
            )
        opened.position = tracking.notification_id
        return opened.tx

    def _join(self, application_name: str) -> _Open:
        opened = self._open
        if opened is None:
            raise RuntimeError("no batch is open on this view")
        if opened.application_name is None:
            # The insert takes the write lock first (SQLite), then the row lock.
            opened.tx.run(self._sql_lock, (self.projection, application_name))
            lock = " FOR UPDATE" if self.store.postgres else ""
            rows = opened.tx.rows(
                self._sql_position + lock, (self.projection, application_name)
            )
            opened.application_name = application_name
            opened.started_at = opened.position = int(rows[0]["notification_id"])
        elif opened.application_name != application_name:
            raise IntegrityError("one batch follows one application")
        return opened

    def _flush(self) -> None:
        opened = self._open
        if opened is None or opened.position <= opened.started_at:
            return
        params = (opened.position, self.projection, opened.application_name)
        if opened.tx.run(self._sql_move, (*params, opened.position)) != 1:
            raise IntegrityError(f"{self.projection} was moved on meanwhile")
