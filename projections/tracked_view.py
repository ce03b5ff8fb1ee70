"""Exactly-once writes: view rows and the tracking position in ONE transaction.

Every write of a view names the notification it comes from (`Tracking`). The
position is read under a lock at the start of the transaction and moved on
with the rows, so a notification at or before it raises `IntegrityError` and
changes nothing: a duplicate delivery is never counted twice.

`batch()` opens one transaction for many events (catch-up, rebuild): inside
it every write joins that transaction, and the position is written once, at
the end. Outside a batch each write is its own transaction.

Which tables a transaction uses is decided inside it by the view's target
(`projections/targets.py`): the live generation, or one built aside.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from eventsourcing.persistence import IntegrityError, Tracking, TrackingRecorder

from projections.generations import Generation
from projections.targets import Table, Target
from projections.view_store import Renderer, Row, Tx, ViewStore

# A query for every version whose tables it can read: {1: "…", 2: "…"} picks
# the highest version not above the live one (readers read the previous
# version's tables until a rebuild aside switches).
Query = str | Mapping[int, str]
_LOCK = (
    "INSERT INTO {projection_tracking} VALUES (?, ?, 0) "
    "ON CONFLICT (projection, application_name) DO NOTHING"
)
_POSITION = (
    "SELECT notification_id FROM {projection_tracking} "
    "WHERE projection = ? AND application_name = ?"
)
_MOVE = (
    "UPDATE {projection_tracking} SET notification_id = ? "
    "WHERE projection = ? AND application_name = ? AND notification_id < ?"
)


class BatchingView(TrackingRecorder, ABC):
    """The port every view offers its driver: batches and positions."""

    @abstractmethod
    def batch(
        self, application_name: str | None = None, position: int | None = None
    ) -> AbstractContextManager[None]: ...

    @abstractmethod
    def advance_to(self, application_name: str, notification_id: int) -> None: ...

    @abstractmethod
    def current_position(self, application_name: str) -> int | None:
        """How far the tables this code writes have read; None if it writes none."""


@dataclass
class _Open:
    """The transaction of a batch and how far it has gone."""

    tx: Tx
    key: str
    expected: int | None
    application_name: str | None = None
    started_at: int = 0
    position: int = 0


class TrackedSQLView(BatchingView):
    """A SQL view that keeps its own tracking row beside its rows.

    Subclasses declare their `tables` and write through `tracked()` with SQL
    templates naming them (`{caseload_cases}`); reads go through `read()`.
    """

    tables: Sequence[Table] = ()

    def __init__(self, store: ViewStore, target: Target) -> None:
        self.store = store
        self.target = target
        self.projection = target.projection
        self._open: _Open | None = None
        self._renderers: dict[Generation, Callable[[str], str]] = {}

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(table.name for table in self.tables)

    @contextmanager
    def batch(
        self, application_name: str | None = None, position: int | None = None
    ) -> Iterator[None]:
        """One transaction and one tracking write for every write inside.

        `position`: where the caller believes the view is; any other position
        (moved by another worker, or another generation) rolls it back.
        """
        if self._open is not None:
            raise RuntimeError("a batch is already open on this view")
        with self.store.transaction() as raw:
            generation = self.target.open(raw, write=True)
            tx = raw.rendering(self.renderer(generation))
            self._open = _Open(tx, generation.key, position)
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

    def read(self, query: Query, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of the live tables (or the target's), found in this transaction."""
        with self.store.transaction(commit=False) as raw:
            generation = self.target.open(raw, write=False)
            text = query if isinstance(query, str) else _for_version(query, generation)
            return raw.rendering(self.renderer(generation)).rows(text, params)

    def max_tracking_id(self, application_name: str) -> int | None:
        return self._position(application_name, current_only=False) or None

    def current_position(self, application_name: str) -> int | None:
        return self._position(application_name, current_only=True)

    def renderer(self, generation: Generation) -> Callable[[str], str]:
        """Templates to SQL for one generation's tables (each rendered once)."""
        if generation not in self._renderers:
            names = {name: generation.table(name) for name in self.table_names}
            self._renderers[generation] = Renderer(self.store, names)
        return self._renderers[generation]

    def _position(self, application_name: str, *, current_only: bool) -> int | None:
        with self.store.transaction(commit=False) as tx:
            generation = self.target.open(tx, write=False)
            if current_only and not self.target.writes(generation):
                return None
            rendered = tx.rendering(self.renderer(generation))
            rows = rendered.rows(_POSITION, (generation.key, application_name))
        return int(rows[0]["notification_id"]) if rows else 0

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
            opened.tx.run(_LOCK, (opened.key, application_name))
            lock = " FOR UPDATE" if self.store.postgres else ""
            rows = opened.tx.rows(_POSITION + lock, (opened.key, application_name))
            opened.application_name = application_name
            opened.started_at = opened.position = int(rows[0]["notification_id"])
            if opened.expected not in {None, opened.started_at}:
                raise IntegrityError(f"{self.projection} was moved on meanwhile")
        elif opened.application_name != application_name:
            raise IntegrityError("one batch follows one application")
        return opened

    def _flush(self) -> None:
        opened = self._open
        if opened is None or opened.position <= opened.started_at:
            return
        params = (opened.position, opened.key, opened.application_name)
        if opened.tx.run(_MOVE, (*params, opened.position)) != 1:
            raise IntegrityError(f"{self.projection} was moved on meanwhile")


def _for_version(query: Mapping[int, str], generation: Generation) -> str:
    usable = [v for v in query if v <= generation.version] or [min(query)]
    return query[max(usable)]
