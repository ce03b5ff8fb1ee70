"""The ledger's read models, in its own database, and their follower.

`ReadModels.of(ledger)` is all a composition root needs: the four SQL views
beside the events, the projections that keep them, and the queries the
reports and the audit trail read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventsourcing.projection import Projection

from projections.access_log import AccessLogProjection
from projections.access_log_sql import AccessLogSQLView
from projections.caseloads import CaseloadsProjection
from projections.caseloads_sql import CaseloadsSQLView
from projections.disclosures import DisclosuresProjection
from projections.disclosures_sql import DisclosuresSQLView
from projections.follower import BATCH_SIZE, EventSource, Follower
from projections.indicator_report import IndicatorReport, build_report
from projections.indicators_projection import IndicatorsProjection
from projections.indicators_sql import IndicatorsSQLView
from projections.tracked_view import TrackedSQLView
from projections.view_store import ViewStore

NAMES = ("caseloads", "indicators", "disclosures", "access_log")


class UnknownProjectionError(ValueError):
    """No read model has this name."""


@dataclass
class ReadModels:
    """The views and the projections that keep them from one ledger."""

    source: EventSource
    caseloads: CaseloadsSQLView
    indicators: IndicatorsSQLView
    disclosures: DisclosuresSQLView
    access_log: AccessLogSQLView

    @classmethod
    def of(cls, ledger: Any) -> ReadModels:
        """Views in the ledger's own database (SQLite file or PostgreSQL schema)."""
        store = ViewStore.of(ledger.recorder)
        return cls(
            source=EventSource(ledger.recorder, ledger.mapper, ledger.name),
            caseloads=CaseloadsSQLView(store),
            indicators=IndicatorsSQLView(store),
            disclosures=DisclosuresSQLView(store),
            access_log=AccessLogSQLView(store),
        )

    def views(self) -> dict[str, TrackedSQLView]:
        return {
            "caseloads": self.caseloads,
            "indicators": self.indicators,
            "disclosures": self.disclosures,
            "access_log": self.access_log,
        }

    def create_tables(self) -> None:
        for view in self.views().values():
            view.create_table()

    def projections(self, names: Sequence[str] = NAMES) -> list[Projection[Any]]:
        unknown = sorted(set(names) - set(NAMES))
        if unknown:
            raise UnknownProjectionError(f"no projection named {', '.join(unknown)}")
        made: dict[str, Projection[Any]] = {
            "caseloads": CaseloadsProjection(self.caseloads),
            "indicators": IndicatorsProjection(self.indicators),
            "disclosures": DisclosuresProjection(self.disclosures),
            "access_log": AccessLogProjection(self.access_log),
        }
        return [made[name] for name in NAMES if name in names]

    def follower(
        self, names: Sequence[str] = NAMES, batch_size: int = BATCH_SIZE
    ) -> Follower:
        return Follower(self.source, self.projections(names), batch_size)

    def clear(self, names: Sequence[str] = NAMES) -> None:
        """Forget the named views' rows and positions (a rebuild starts here)."""
        for projection in self.projections(names):
            self.views()[projection.name].clear()

    def position(self, name: str) -> int:
        """How far a view has read the ledger (for read-your-writes)."""
        return self.views()[name].max_tracking_id(self.source.application_name) or 0

    def indicator_report(self, fiscal_year: int) -> IndicatorReport:
        view = self.indicators
        position = self.position("indicators")
        return build_report(
            fiscal_year,
            view.facts(fiscal_year),
            view.spans(),
            view.window_agencies(),
            position,
        )
