"""Indicator facts and spans to and from SQL rows."""

from __future__ import annotations

from datetime import date

from projections.indicators import EventRef, IndicatorFact, Span
from projections.view_store import Row


def fact_params(fact: IndicatorFact) -> tuple[object, ...]:
    event = fact.event
    return (
        fact.indicator_id,
        fact.source_id,
        fact.dimension,
        fact.fiscal_year,
        fact.fiscal_month,
        fact.on.isoformat(),
        fact.value,
        event.originator_id,
        event.originator_version,
        event.notification_id,
    )


def ref_params(event: EventRef) -> tuple[str, int, int]:
    return event.originator_id, event.originator_version, event.notification_id


def event_of(row: Row) -> EventRef:
    return EventRef(
        row["originator_id"],
        int(row["originator_version"]),
        int(row["notification_id"]),
    )


def fact_of(row: Row) -> IndicatorFact:
    return IndicatorFact(
        indicator_id=row["indicator_id"],
        source_id=row["source_id"],
        dimension=row["dimension"],
        on=date.fromisoformat(row["on_date"]),
        value=int(row["value"]),
        event=event_of(row),
    )


def span_of(row: Row) -> Span:
    until = row["active_until"]
    return Span(
        indicator_id=row["indicator_id"],
        source_id=row["source_id"],
        active_from=date.fromisoformat(row["active_from"]),
        active_until=None if until is None else date.fromisoformat(until),
        event=event_of(row),
    )
