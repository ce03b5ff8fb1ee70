"""The ledger's read models, in its own database, and their follower.

`ReadModels.of(ledger)` is all a composition root needs: the four SQL views
beside the events (each reading its live tables), the projections that keep
them, their versions (`create_tables`, `status`, `upgrade`, `rebuild`), and
the queries the reports and the audit trail read.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from eventsourcing.projection import Projection

from projections.access_log import AccessLogProjection
from projections.access_log_sql import AccessLogSQLView
from projections.caseloads import CaseloadsProjection
from projections.caseloads_sql import CaseloadsSQLView
from projections.declared import ReadModel
from projections.disclosures import DisclosuresProjection
from projections.disclosures_sql import DisclosuresSQLView
from projections.follower import BATCH_SIZE, EventSource, Follower
from projections.generations import Catalogue
from projections.indicator_report import IndicatorReport, build_report
from projections.indicators_projection import IndicatorsProjection
from projections.indicators_sql import IndicatorsSQLView
from projections.rebuild import REBUILD_BATCH, Outcome, Progress, Rebuild, Rebuilt
from projections.statistics_report import StatisticsCount, statistics_counts
from projections.tracked_view import TrackedSQLView
from projections.upgrade import ModelStatus, prepare, status
from projections.view_store import ViewStore

READ_MODELS: tuple[ReadModel, ...] = (
    ReadModel(CaseloadsProjection, CaseloadsSQLView),
    ReadModel(IndicatorsProjection, IndicatorsSQLView),
    ReadModel(DisclosuresProjection, DisclosuresSQLView),
    ReadModel(AccessLogProjection, AccessLogSQLView),
)
NAMES = tuple(model.name for model in READ_MODELS)
V = TypeVar("V", bound=TrackedSQLView)


class UnknownProjectionError(ValueError):
    """No read model has this name."""


@dataclass
class ReadModels:
    """The views and the projections that keep them from one ledger."""

    source: EventSource
    store: ViewStore
    catalogue: Catalogue
    models: dict[str, ReadModel]
    live: dict[str, TrackedSQLView]

    @classmethod
    def of(cls, ledger: Any, declared: Sequence[ReadModel] = ()) -> ReadModels:
        """Views in the ledger's own database (SQLite file or PostgreSQL schema).

        `declared` replaces READ_MODELS (tests declare other versions).
        """
        store = ViewStore.of(ledger.recorder)
        catalogue = Catalogue(store)
        models = {m.name: m for m in declared or READ_MODELS}
        return cls(
            source=EventSource(ledger.recorder, ledger.mapper, ledger.name),
            store=store,
            catalogue=catalogue,
            models=models,
            live={n: m.live_view(store, catalogue) for n, m in models.items()},
        )

    @property
    def caseloads(self) -> CaseloadsSQLView:
        return _typed(self.live["caseloads"], CaseloadsSQLView)

    @property
    def indicators(self) -> IndicatorsSQLView:
        return _typed(self.live["indicators"], IndicatorsSQLView)

    @property
    def disclosures(self) -> DisclosuresSQLView:
        return _typed(self.live["disclosures"], DisclosuresSQLView)

    @property
    def access_log(self) -> AccessLogSQLView:
        return _typed(self.live["access_log"], AccessLogSQLView)

    def views(self) -> dict[str, TrackedSQLView]:
        return dict(self.live)

    def create_tables(self) -> None:
        """The catalogue, and live tables for every model (none are dropped)."""
        prepare(self.store, self.catalogue, list(self.models.values()))

    def projections(self, names: Sequence[str] = NAMES) -> list[Projection[Any]]:
        return [m.projection(self.live[m.name]) for m in self._named(names)]

    def follower(
        self, names: Sequence[str] = NAMES, batch_size: int = BATCH_SIZE
    ) -> Follower:
        return Follower(self.source, self.projections(names), batch_size)

    def status(self) -> list[ModelStatus]:
        models = list(self.models.values())
        name, head = self.source.application_name, self.source.head()
        return status(self.store, self.catalogue, models, name, head)

    def pending(self) -> list[str]:
        """The read models an upgrade will rebuild aside."""
        return [s.name for s in self.status() if s.rebuild_pending]

    def upgrade(
        self, progress: Progress | None = None, stop: threading.Event | None = None
    ) -> dict[str, Outcome]:
        """Rebuild aside and switch every model whose live version is older."""
        pending = self._named(self.pending())
        rebuild = Rebuild(self.store, self.catalogue, self.source, pending)
        return rebuild.run(fresh=False, progress=progress, stop=stop).outcomes

    def rebuild(
        self,
        names: Sequence[str] = NAMES,
        batch_size: int = REBUILD_BATCH,
        progress: Progress | None = None,
    ) -> Rebuilt:
        """Build the named models again from notification 1, aside; switch."""
        models = self._named(names)
        rebuild = Rebuild(self.store, self.catalogue, self.source, models, batch_size)
        return rebuild.run(fresh=True, progress=progress)

    def position(self, name: str) -> int:
        """How far a view has read the ledger (for read-your-writes)."""
        return self.live[name].max_tracking_id(self.source.application_name) or 0

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

    def statistics(self, fiscal_year: int) -> list[StatisticsCount]:
        """The year's statistics (統計), from the indicator facts."""
        return statistics_counts(self.indicators.facts(fiscal_year), fiscal_year)

    def _named(self, names: Sequence[str]) -> list[ReadModel]:
        unknown = sorted(set(names) - set(self.models))
        if unknown:
            raise UnknownProjectionError(f"no projection named {', '.join(unknown)}")
        return [model for name, model in self.models.items() if name in names]


def _typed(view: TrackedSQLView, kind: type[V]) -> V:
    if not isinstance(view, kind):
        raise TypeError(f"{view.projection} is not a {kind.__name__}")
    return view
