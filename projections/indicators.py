"""The plan's indicators (評価指標): facts per fiscal year, month and indicator.

Rows and port; the projection is in `indicators_projection.py`. Every counted
thing is kept as a fact naming the event that made it (its aggregate id,
version and notification id), so each figure of the report can be explained.
Registry indicators keep dated spans instead. Counts, codes, dates and ids
only: no person's data.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventsourcing.persistence import Tracking

from domain.catalogue import fiscal_month_index, fiscal_year_of
from projections.tracked_view import BatchingView


@dataclass(frozen=True)
class EventRef:
    """The stored event behind a fact: aggregate id, version, notification id."""

    originator_id: str
    originator_version: int
    notification_id: int


@dataclass(frozen=True)
class IndicatorFact:
    """One thing an indicator counts (or one tally figure), dated by business date."""

    indicator_id: str
    source_id: str
    dimension: str
    on: date
    value: int
    event: EventRef

    @property
    def fiscal_year(self) -> int:
        return fiscal_year_of(self.on)

    @property
    def fiscal_month(self) -> int:
        return fiscal_month_index(self.on)


@dataclass(frozen=True)
class Span:
    """A registry entry counted by an indicator from one date until another."""

    indicator_id: str
    source_id: str
    active_from: date
    active_until: date | None
    event: EventRef

    def is_active_on(self, day: date) -> bool:
        if day < self.active_from:
            return False
        return self.active_until is None or day < self.active_until


@dataclass(frozen=True)
class SpanChange:
    """From `on`, the source counts toward exactly these indicators.

    For an agency, `fields`, `projects` and `operation` say whether it runs
    the 自立相談支援 window (row 13); None when the event does not say.
    """

    source_id: str
    indicator_ids: tuple[str, ...]
    on: date
    event: EventRef
    fields: tuple[str, ...] | None = None
    projects: tuple[str, ...] | None = None
    operation: str | None = None


class IndicatorsView(BatchingView):
    """Port of the indicator facts; every write takes its tracking."""

    @abstractmethod
    def put_facts(
        self, source_id: str, facts: list[IndicatorFact], tracking: Tracking
    ) -> None:
        """Replace every fact of this source (none: it counts nowhere now)."""

    @abstractmethod
    def revalue(
        self, source_id: str, value: int, event: EventRef, tracking: Tracking
    ) -> None: ...

    @abstractmethod
    def change_spans(self, change: SpanChange, tracking: Tracking) -> None: ...

    @abstractmethod
    def facts(
        self, fiscal_year: int, indicator_id: str | None = None
    ) -> list[IndicatorFact]: ...

    @abstractmethod
    def spans(self, indicator_id: str | None = None) -> list[Span]: ...

    @abstractmethod
    def window_agencies(self) -> frozenset[str]:
        """The agencies that run the 自立相談支援 window (row 13)."""


def ref(domain_event: Any, tracking: Tracking) -> EventRef:
    return EventRef(
        str(domain_event.originator_id),
        int(domain_event.originator_version),
        tracking.notification_id,
    )
