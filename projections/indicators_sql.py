"""Indicator facts in SQL (SQLite or PostgreSQL), tracked in the same transaction."""

from __future__ import annotations

from dataclasses import replace

from eventsourcing.persistence import Tracking

from projections.indicator_rows import fact_of, fact_params, ref_params, span_of
from projections.indicator_rules import runs_livelihood_window
from projections.indicators import (
    EventRef,
    IndicatorFact,
    IndicatorsView,
    Span,
    SpanChange,
)
from projections.targets import Table, Target
from projections.tracked_view import TrackedSQLView
from projections.view_store import Tx, ViewStore

_EVENT = "originator_id TEXT NOT NULL, originator_version INTEGER NOT NULL, "
_EVENT += "notification_id BIGINT NOT NULL"


_STATEMENTS = {
    "drop": ("DELETE FROM {indicator_facts} WHERE source_id = ?"),
    "fact": ("INSERT INTO {indicator_facts} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    "revalue": (
        "UPDATE {indicator_facts} SET value = ?, originator_id = ?, "
        "originator_version = ?, notification_id = ? WHERE source_id = ?"
    ),
    "open_spans": (
        "SELECT indicator_id FROM {indicator_spans} "
        "WHERE source_id = ? AND active_until IS NULL"
    ),
    "close_span": (
        "UPDATE {indicator_spans} SET active_until = ? WHERE source_id = ? "
        "AND indicator_id = ? AND active_until IS NULL"
    ),
    "open_span": (
        "INSERT INTO {indicator_spans} VALUES (?, ?, ?, NULL, ?, ?, ?) "
        "ON CONFLICT (indicator_id, source_id, active_from) DO UPDATE SET "
        "active_until = NULL, originator_id = excluded.originator_id, "
        "originator_version = excluded.originator_version, "
        "notification_id = excluded.notification_id"
    ),
    "agency": (
        "INSERT INTO {indicator_agencies} VALUES (?, ?) ON CONFLICT (code) "
        "DO UPDATE SET livelihood_window = excluded.livelihood_window"
    ),
}


class IndicatorsSQLView(TrackedSQLView, IndicatorsView):
    tables = (
        Table(
            "indicator_facts",
            "indicator_id TEXT NOT NULL, source_id TEXT NOT NULL, dimension TEXT NOT "
            "NULL, fiscal_year INTEGER NOT NULL, fiscal_month INTEGER NOT NULL, "
            f"on_date TEXT NOT NULL, value BIGINT NOT NULL, {_EVENT}, "
            "PRIMARY KEY (indicator_id, source_id, dimension)",
            {"year": "fiscal_year, indicator_id", "source": "source_id"},
        ),
        Table(
            "indicator_spans",
            "indicator_id TEXT NOT NULL, source_id TEXT NOT NULL, active_from TEXT "
            f"NOT NULL, active_until TEXT, {_EVENT}, "
            "PRIMARY KEY (indicator_id, source_id, active_from)",
        ),
        Table(
            "indicator_agencies",
            "code TEXT PRIMARY KEY, livelihood_window INTEGER NOT NULL",
        ),
    )

    def __init__(self, store: ViewStore, target: Target) -> None:
        super().__init__(store, target)
        self._pending: dict[str, list[IndicatorFact]] = {}

    def put_facts(
        self, source_id: str, facts: list[IndicatorFact], tracking: Tracking
    ) -> None:
        # Kept back until the batch ends, then written with two statements for
        # the whole batch: facts are never read while a batch is open.
        with self.tracked(tracking):
            self._pending[source_id] = facts

    def revalue(
        self, source_id: str, value: int, event: EventRef, tracking: Tracking
    ) -> None:
        params = (value, event.originator_id, event.originator_version)
        with self.tracked(tracking) as tx:
            if source_id in self._pending:
                kept = self._pending[source_id]
                self._pending[source_id] = [
                    replace(f, value=value, event=event) for f in kept
                ]
                return
            tx.run(_STATEMENTS["revalue"], (*params, event.notification_id, source_id))

    def write_buffered(self, tx: Tx) -> None:
        tx.many(_STATEMENTS["drop"], [(source,) for source in self._pending])
        facts = [f for kept in self._pending.values() for f in kept]
        tx.many(_STATEMENTS["fact"], [fact_params(f) for f in facts])

    def drop_buffered(self) -> None:
        self._pending = {}

    def change_spans(self, change: SpanChange, tracking: Tracking) -> None:
        with self.tracked(tracking) as tx:
            self._move_spans(tx, change)
            if change.fields is not None and change.projects is not None:
                window = runs_livelihood_window(
                    change.fields, change.projects, change.operation or ""
                )
                tx.run(_STATEMENTS["agency"], (change.source_id, int(window)))

    def _move_spans(self, tx: Tx, change: SpanChange) -> None:
        on, source = change.on.isoformat(), change.source_id
        open_now = {
            row["indicator_id"] for row in tx.rows(_STATEMENTS["open_spans"], (source,))
        }
        for indicator in sorted(open_now - set(change.indicator_ids)):
            tx.run(_STATEMENTS["close_span"], (on, source, indicator))
        event = change.event
        tx.many(
            _STATEMENTS["open_span"],
            [
                (indicator, source, on, *ref_params(event))
                for indicator in sorted(set(change.indicator_ids) - open_now)
            ],
        )

    def facts(
        self, fiscal_year: int, indicator_id: str | None = None
    ) -> list[IndicatorFact]:
        text = "SELECT * FROM {indicator_facts} WHERE fiscal_year = ?"
        params: tuple[object, ...] = (fiscal_year,)
        if indicator_id is not None:
            text, params = text + " AND indicator_id = ?", (*params, indicator_id)
        text += " ORDER BY notification_id, indicator_id, dimension"
        return [fact_of(row) for row in self.read(text, params)]

    def spans(self, indicator_id: str | None = None) -> list[Span]:
        text = "SELECT * FROM {indicator_spans}"
        params: tuple[str, ...] = ()
        if indicator_id is not None:
            text, params = text + " WHERE indicator_id = ?", (indicator_id,)
        text += " ORDER BY notification_id, indicator_id"
        return [span_of(row) for row in self.read(text, params)]

    def window_agencies(self) -> frozenset[str]:
        rows = self.read(
            "SELECT code FROM {indicator_agencies} WHERE livelihood_window = 1"
        )
        return frozenset(row["code"] for row in rows)
