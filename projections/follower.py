"""The driver: follow the ledger's notification log into the views, in batches.

One reader for all projections: each batch of notifications is read and
decoded once (the ledger's own mapper: whole-event cipher, per-person keys),
then each projection that has not yet seen it applies it in ONE transaction
with ONE tracking write. The same code catches up, rebuilds and follows live:
on SQLite it polls `select_notifications` (the library's SQLite recorder has
no subscription); on PostgreSQL it waits on the ledger's NOTIFY channel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol
from eventsourcing.persistence import (
    ApplicationRecorder,
    IntegrityError,
    Mapper,
    Tracking,
)
from eventsourcing.projection import Projection

from projections.tracked_view import BatchingView

BATCH_SIZE = 500
Decoded = tuple[str, DomainEventProtocol[Any], Tracking]


@dataclass(frozen=True)
class EventSource:
    """The ledger's notification log and the mapper that decodes it."""

    recorder: ApplicationRecorder
    mapper: Mapper[UUID]
    application_name: str

    def head(self) -> int:
        """The last notification id recorded (0 when the ledger is empty)."""
        return self.recorder.max_notification_id() or 0


class Follower:
    """Applies the notification log to projections, exactly once, in batches."""

    def __init__(
        self,
        source: EventSource,
        projections: Sequence[Projection[Any]],
        batch_size: int = BATCH_SIZE,
    ) -> None:
        if not projections:
            raise ValueError("a follower needs at least one projection")
        self.source = source
        self.projections = tuple(projections)
        self.batch_size = batch_size
        topics = {t for p in self.projections for t in p.topics}
        self._topics = sorted(topics) if all(p.topics for p in projections) else []

    def positions(self) -> dict[str, int]:
        """Each projection's tracking position (0 before its first event).

        A projection whose live tables another version built is left out: this
        code cannot write them (a rebuild aside replaces them).
        """
        name = self.source.application_name
        found = {p.name: _view(p).current_position(name) for p in self.projections}
        return {
            key: position for key, position in found.items() if position is not None
        }

    def catch_up(
        self,
        on_batch: Callable[[int, int], None] | None = None,
        stop: threading.Event | None = None,
    ) -> int:
        """Apply everything recorded up to now; returns how many notifications.

        `on_batch(position, head)` is called after each batch (progress bars);
        `stop` ends it between batches. A batch that meets a position moved by
        another worker is rolled back and read again from the fresh positions.
        """
        head = self.source.head()
        positions = self.positions()
        applied = 0
        while positions and min(positions.values()) < head and not _set(stop):
            try:
                end, count = self._step(positions, head)
            except IntegrityError:
                positions = self.positions()
                continue
            applied += count
            if on_batch is not None:
                on_batch(end, head)
        return applied

    def _step(self, positions: dict[str, int], head: int) -> tuple[int, int]:
        notifications = self.source.recorder.select_notifications(
            start=min(positions.values()) + 1,
            limit=self.batch_size,
            stop=head,
            topics=self._topics,
        )
        full = len(notifications) == self.batch_size
        end = notifications[-1].id if full else head
        mapper = self.source.mapper
        name = self.source.application_name
        decoded = [
            (n.topic, mapper.to_domain_event(n), Tracking(name, n.id))
            for n in notifications
        ]
        for projection in self.projections:
            if positions.get(projection.name, end) < end:
                self._apply(projection, decoded, positions[projection.name], end)
                positions[projection.name] = end
        return end, len(notifications)

    def _apply(
        self,
        projection: Projection[Any],
        decoded: Sequence[Decoded],
        position: int,
        end: int,
    ) -> None:
        name = self.source.application_name
        topics = set(projection.topics)
        view = _view(projection)
        with view.batch(name, position):
            for topic, domain_event, tracking in decoded:
                if tracking.notification_id > position and (
                    not topics or topic in topics
                ):
                    projection.process_event(domain_event, tracking)
            view.advance_to(name, end)


def _set(stop: threading.Event | None) -> bool:
    return stop is not None and stop.is_set()


def _view(projection: Projection[Any]) -> BatchingView:
    view = projection.view
    if not isinstance(view, BatchingView):
        raise TypeError(f"{projection.name} needs a view that takes batches")
    return view
