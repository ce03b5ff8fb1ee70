"""Rebuild a read model aside, then switch to it in one transaction.

The new generation's tables are made beside the live ones and caught up from
notification 1 with their own tracking row, while readers keep reading the
live tables. The switch then, in ONE transaction: waits for the readers and
writers of the live tables (PostgreSQL: the live lock, exclusively; SQLite:
the writer lock), applies what was recorded meanwhile, points the catalogue
at the new generation and drops the old one. A reader's transaction sees
either the old tables or the new ones, never a half-filled view.

One rebuild per read model at a time: on PostgreSQL a session advisory lock
(another worker finds it taken and keeps serving the live view); on SQLite
the file's writer lock serialises the decisions, and two rebuilders share the
generation being built (its tracking row keeps each event applied once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from enum import StrEnum

from eventsourcing.postgres import PostgresDatastore

from projections.declared import ReadModel
from projections.follower import EventSource, Follower
from projections.generations import REBUILD_LOCK, Catalogue, Generation
from projections.targets import NotPreparedError, SupersededError
from projections.tracked_view import TrackedSQLView
from projections.view_store import Tx, ViewStore

REBUILD_BATCH = 1000
SWITCH_ATTEMPTS = 20
Progress = Callable[[str, int, int], None]  # projection(s), position, head


class Outcome(StrEnum):
    SWITCHED = "switched"  # rebuilt aside and now live
    CURRENT = "current"  # nothing to do: the live version is the code's
    BUSY = "busy"  # another worker is rebuilding it (PostgreSQL)
    SUPERSEDED = "superseded"  # another worker switched or replaced it first
    STOPPED = "stopped"  # asked to stop; the next start resumes it


@dataclass(frozen=True)
class Rebuilt:
    """What a rebuild did to each model; how many notifications it applied.

    One pass serves all the models rebuilt together: each event is decoded once.
    """

    outcomes: dict[str, Outcome]
    applied: int = 0


@dataclass
class Rebuild:
    """Builds the next generation of some read models aside; switches to each."""

    store: ViewStore
    catalogue: Catalogue
    source: EventSource
    models: Sequence[ReadModel]
    batch_size: int = REBUILD_BATCH

    def run(
        self,
        *,
        fresh: bool,
        progress: Progress | None = None,
        stop: threading.Event | None = None,
    ) -> Rebuilt:
        """Rebuild (`fresh`), or upgrade the models whose code version is newer."""
        with ExitStack() as locks:
            outcomes: dict[str, Outcome] = {}
            building: dict[str, tuple[ReadModel, Generation]] = {}
            for model in self.models:
                key = self.catalogue.lock_key(model.name)
                if not locks.enter_context(_rebuild_lock(self.store, key, wait=fresh)):
                    outcomes[model.name] = Outcome.BUSY
                elif (generation := self._prepare(model, fresh)) is None:
                    outcomes[model.name] = Outcome.CURRENT
                else:
                    building[model.name] = (model, generation)
            return self._build(building, outcomes, progress, stop)

    def _build(
        self,
        building: dict[str, tuple[ReadModel, Generation]],
        outcomes: dict[str, Outcome],
        progress: Progress | None,
        stop: threading.Event | None,
    ) -> Rebuilt:
        if not building:
            return Rebuilt(outcomes)
        label = ", ".join(building)
        on_batch = None if progress is None else lambda p, h: progress(label, p, h)
        try:
            applied = self._follower(*building.values()).catch_up(on_batch, stop)
        except SupersededError:
            return Rebuilt(outcomes | dict.fromkeys(building, Outcome.SUPERSEDED))
        if stop is not None and stop.is_set():
            return Rebuilt(outcomes | dict.fromkeys(building, Outcome.STOPPED), applied)
        for name, built in building.items():
            outcomes[name] = self._switch(*built)
        return Rebuilt(outcomes, applied)

    def _prepare(self, model: ReadModel, fresh: bool) -> Generation | None:
        """The generation to build: resumed, or new beside the live one."""
        with self.store.transaction() as tx:
            self.catalogue.claim(tx)
            self.store.lock_ddl(tx)
            entry = self.catalogue.entry(tx, model.name, for_update=True)
            if entry is None:
                raise NotPreparedError(f"no live tables for {model.name} yet")
            building = entry.building
            if not fresh and building is not None and building.version == model.version:
                return building  # resumed: its tracking row says how far it got
            if not fresh and entry.live.version >= model.version:
                return None  # never downgrades by itself: a newer version stays
            if building is not None:
                self.catalogue.drop(tx, building, entry.building_tables)
            number = max(entry.live.number, building.number if building else 0) + 1
            created = Generation(model.name, model.version, number)
            tables = create_generation(tx, self._view(model, created), created)
            self.catalogue.set_building(tx, created, tables)
            return created

    def _switch(self, model: ReadModel, building: Generation) -> Outcome:
        """The switch, in ONE transaction, tried again if events came meanwhile.

        Wait for the live tables' users, apply what came meanwhile, point the
        catalogue at the new generation and drop the old one.
        """
        follower = self._follower((model, building))
        for _ in range(SWITCH_ATTEMPTS):
            if not self.store.postgres:
                follower.catch_up()  # SQLite: before taking the writer, see below
            try:
                return self._switch_now(model.name, building, follower)
            except _EventsCameMeanwhileError:
                continue
        raise SupersededError(f"{model.name}: events kept coming; switching later")

    def _switch_now(
        self, name: str, building: Generation, follower: Follower
    ) -> Outcome:
        application = self.source.application_name
        with self.store.transaction() as tx, self.store.joined(tx):
            self.catalogue.lock_live(tx, name)
            entry = self.catalogue.entry(tx, name, for_update=True)
            if entry is None or entry.building != building:
                return Outcome.SUPERSEDED
            before = self.catalogue.position(tx, entry.live, application)
            if self.store.postgres:
                follower.catch_up()  # what came meanwhile, in this transaction
            elif _sqlite_head(tx, self.source) > follower.positions().get(name, 0):
                # SQLite: holding the one writer connection, asking the pool for
                # a reader (to read the log) can wait behind requests queued for
                # the writer: 5 s, then 503s. The claim stops new events, so the
                # log's head is read on this connection, and a miss starts over.
                raise _EventsCameMeanwhileError
            if follower.positions().get(name, 0) < before:
                raise SupersededError(f"{name}: the new tables are behind the live")
            self.catalogue.switch(tx, name)
            self.catalogue.drop(tx, entry.live, entry.tables)
        return Outcome.SWITCHED

    def _follower(self, *building: tuple[ReadModel, Generation]) -> Follower:
        projections = [model.projection(self._view(model, g)) for model, g in building]
        return Follower(self.source, projections, self.batch_size)

    def _view(self, model: ReadModel, generation: Generation) -> TrackedSQLView:
        return model.building_view(self.store, self.catalogue, generation)


def create_generation(
    tx: Tx, view: TrackedSQLView, generation: Generation
) -> tuple[str, ...]:
    """Make a generation's tables (and indexes); returns their names."""
    render = view.renderer(generation)
    for table in view.tables:
        for statement in table.ddl(generation):
            tx.run(render(statement))
    return tuple(generation.table(name) for name in view.table_names)


@contextmanager
def _rebuild_lock(store: ViewStore, key: int, *, wait: bool) -> Iterator[bool]:
    """PostgreSQL: one rebuild of a read model at a time, across workers.

    A session lock on a connection held for the whole rebuild: released when
    done, or by the server when the worker dies (another then resumes).
    """
    datastore = store.datastore
    if not isinstance(datastore, PostgresDatastore):
        yield True
        return
    with datastore.get_connection() as conn:
        if wait:
            conn.execute("SELECT pg_advisory_lock(%s, %s)", (REBUILD_LOCK, key))
            held = True
        else:
            row = conn.execute(
                "SELECT pg_try_advisory_lock(%s, %s) AS held", (REBUILD_LOCK, key)
            ).fetchone()
            held = bool(row and row["held"])
        try:
            yield held
        finally:
            if held:
                conn.execute("SELECT pg_advisory_unlock(%s, %s)", (REBUILD_LOCK, key))


class _EventsCameMeanwhileError(Exception):
    """SQLite: the log moved on before the switch's lock; catch up, try again."""


def _sqlite_head(tx: Tx, source: EventSource) -> int:
    """The log's last notification id, read in the switch's own transaction."""
    table = getattr(source.recorder, "events_table_name", "stored_events")
    rows = tx.rows(f"SELECT MAX(rowid) AS head FROM {table}")  # noqa: S608
    return int(rows[0]["head"] or 0)
