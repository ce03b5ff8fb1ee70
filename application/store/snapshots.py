"""Snapshots that survive new code.

An aggregate class carries `class_version`; the library writes it into every
snapshot it takes. When the code's class is newer than a stored snapshot:

- if the class has a rule for every step (`upcast_v1_v2`, `upcast_v2_v3`, …),
  the snapshot is upcast and used, as the library does;
- otherwise the snapshot is ignored: the aggregate is replayed from its
  events (which always upcast), and a fresh snapshot of today's shape is
  stored, so the cost is paid once.

A snapshot that no longer decodes at all (a value changed shape with no rule)
is ignored the same way: snapshots are a cache of the events, never the truth.
"""

from __future__ import annotations

import logging
from itertools import chain
from typing import Any
from uuid import UUID

from eventsourcing.persistence import (
    EventStore,
    IntegrityError,
    MapperDeserialisationError,
)
from eventsourcing.utils import resolve_topic

from application.store.loading import replay, snapshot_of

logger = logging.getLogger("jusou.snapshots")
_UNREADABLE = (MapperDeserialisationError, TypeError, KeyError, ValueError)


def upcastable(snapshot: Any) -> bool:
    """Whether the code can read this snapshot: same version, or rules to it."""
    cls = resolve_topic(snapshot.topic)
    stored = int(snapshot.state.get("class_version", 1))
    current = int(getattr(cls, "class_version", 1))
    if stored > current:
        return False  # written by newer code: never guess
    return all(
        hasattr(cls, f"upcast_v{version}_v{version + 1}")
        for version in range(stored, current)
    )


def load_with_snapshot(
    snapshots: EventStore[UUID], events: EventStore[UUID], aggregate_id: UUID
) -> Any:
    """The aggregate from a usable snapshot, else from all its events."""
    latest, stale = _latest(snapshots, aggregate_id)
    if latest is not None and upcastable(latest):
        after = events.get(aggregate_id, gt=latest.originator_version)
        return replay(None, chain([latest], after))
    aggregate = replay(None, events.get(aggregate_id))
    if (stale or latest is not None) and aggregate is not None:
        _renew(snapshots, aggregate)
    return aggregate


def _latest(snapshots: EventStore[UUID], aggregate_id: UUID) -> tuple[Any, bool]:
    """The latest snapshot, and whether one was there but did not decode."""
    try:
        found = list(snapshots.get(aggregate_id, desc=True, limit=1))
    except _UNREADABLE as exc:
        logger.info("snapshot of %s unreadable (%s)", aggregate_id, type(exc).__name__)
        return None, True
    return (found[0] if found else None), False


def _renew(snapshots: EventStore[UUID], aggregate: Any) -> None:
    """Store a snapshot of today's shape; a racing reader may have done it."""
    try:
        snapshots.put([snapshot_of(aggregate)])
    except IntegrityError:
        logger.info("snapshot of %s already renewed", aggregate.id)
