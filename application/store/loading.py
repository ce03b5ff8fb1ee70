"""Loading aggregates with as few round trips and as little decoding as it takes.

Measured on the write path (docs/benchmarks.md): the library's default
projector checks every event against a runtime `Protocol` (about 40 µs an
event), every load asks the snapshot table first even for kinds that never
have snapshots, the agency registry was replayed in full for every agency
code a command names, and a save that made a snapshot due reloaded the
aggregate it had just written (such a command took three times as long).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from typing import Any, Generic, TypeVar
from uuid import UUID

from eventsourcing.domain import Aggregate, Snapshot
from eventsourcing.persistence import EventStore

A = TypeVar("A", bound=Aggregate)


def replay(aggregate: Any, events: Iterable[Any]) -> Any:
    """Apply events in order, as the library's `project_aggregate` does.

    Minus the `isinstance(event, CanMutateProtocol)` assertion it makes per
    event: a runtime `Protocol` check of about 40 µs, and every event we
    store is one of the library's aggregate events, which can mutate.
    """
    for domain_event in events:
        aggregate = domain_event.mutate(aggregate)
    return aggregate


class LatestCopy(Generic[A]):
    """One aggregate kept in memory and brought up to date on every read.

    Each `get` asks the store for the events after the copy's version (one
    indexed query, usually empty), so it returns exactly what a full load
    would, without the snapshot read and the replay. For aggregates holding
    no personal data only (the agency registry): an erasure must never find
    plaintext left in a cache. The copy handed out is shared and must be
    read only; new events are applied to a fresh copy, never in place.
    """

    def __init__(
        self, events: EventStore[UUID], of: UUID, load: Callable[[], Any]
    ) -> None:
        self._events, self._id, self._load = events, of, load
        self._copy: A | None = None
        self._lock = threading.Lock()

    def get(self) -> A | None:
        """The latest version, or None while the aggregate does not exist.

        The store is asked outside the lock, so readers never queue behind
        one another; the newest copy seen is kept.
        """
        copy = self._copy
        if copy is None:
            return self._keep(self._first())
        newer = list(self._events.get(self._id, gt=copy.version))
        return self._keep(replay(deepcopy(copy), newer)) if newer else copy

    def _keep(self, copy: A | None) -> A | None:
        with self._lock:
            kept = self._copy
            if copy is not None and (kept is None or copy.version > kept.version):
                self._copy = copy
        return copy

    def _first(self) -> A | None:
        # The loader may hand out a cached object (the demo seed's repository
        # fast-forwards it in place): keep a copy of our own.
        found: A | None = self._load()
        return None if found is None else deepcopy(found)


class JustSaved:
    """The aggregates this thread is saving, for the snapshot a save makes due.

    The library takes a snapshot by reloading the aggregate it has just
    written (snapshot and events, decrypted and replayed). The aggregate in
    hand is that state already (appliers are deterministic; the replay
    property tests check live state against replay), so it is used instead.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    @contextmanager
    def holding(self, aggregates: Iterable[Aggregate]) -> Iterator[None]:
        self._local.by_id = {aggregate.id: aggregate for aggregate in aggregates}
        try:
            yield
        finally:
            self._local.by_id = {}

    def find(self, aggregate_id: UUID, version: int | None) -> Aggregate | None:
        """The aggregate being saved, if it stands at exactly `version`."""
        found: Aggregate | None = getattr(self._local, "by_id", {}).get(aggregate_id)
        return found if found is not None and found.version == version else None


def snapshot_of(aggregate: Aggregate) -> Any:
    """The library's snapshot of an aggregate's current state."""
    return getattr(type(aggregate), "Snapshot", Snapshot).take(aggregate)
