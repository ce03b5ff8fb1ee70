"""The indicator report (評価指標の実績) of a fiscal year, from the view's facts.

All 29 indicators in the plan's order, each with its target for the year,
the actual figure, their ratio, a breakdown by fiscal month (April = 1) and
the facts behind the figure for `explain`. Pure: the facts come in.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from domain.catalogue import (
    INDICATORS,
    PLAN_YEARS,
    Indicator,
    fiscal_year_bounds,
    indicator,
    reiwa_label,
)
from projections.indicator_rules import Rule, rule_of
from projections.indicators import IndicatorFact, Span

Number = int | float
NOT_IN_PLAN = "計画期間外"


@dataclass(frozen=True)
class IndicatorLine:
    """One row of the report: an indicator, its target and its actual figure."""

    indicator: Indicator
    fiscal_year: int
    actual: Number
    monthly: tuple[Number, ...]
    breakdown: dict[str, Number] = field(default_factory=dict)
    contributions: tuple[IndicatorFact, ...] = ()

    @property
    def target(self) -> int | None:
        if self.fiscal_year not in PLAN_YEARS:
            return None
        return self.indicator.target(self.fiscal_year).value

    @property
    def target_label(self) -> str:
        """E.g. "8,000", "未設定（…に準ずる）" or "計画期間外"."""
        if self.fiscal_year not in PLAN_YEARS:
            return NOT_IN_PLAN
        return self.indicator.target(self.fiscal_year).label_ja

    @property
    def deferred_to(self) -> str | None:
        if self.fiscal_year not in PLAN_YEARS:
            return None
        return self.indicator.target(self.fiscal_year).deferred_to

    @property
    def ratio(self) -> float | None:
        """Actual over target (1.0 = on target); None without a target."""
        target = self.target
        return None if not target else round(self.actual / target, 4)


@dataclass(frozen=True)
class IndicatorReport:
    """The report of one fiscal year, as of a position in the ledger."""

    fiscal_year: int
    position: int
    lines: tuple[IndicatorLine, ...]

    @property
    def label_ja(self) -> str:
        return reiwa_label(self.fiscal_year)

    def line(self, indicator_id: str) -> IndicatorLine:
        """The line of this indicator; UnknownIndicatorError if none has the id."""
        wanted = indicator(indicator_id)
        return next(x for x in self.lines if x.indicator == wanted)


def build_report(
    fiscal_year: int,
    facts: Sequence[IndicatorFact],
    spans: Sequence[Span],
    window_agencies: frozenset[str],
    position: int,
) -> IndicatorReport:
    by_id: dict[str, list[IndicatorFact]] = defaultdict(list)
    for fact in facts:
        if fact.fiscal_year == fiscal_year:
            by_id[fact.indicator_id].append(fact)
    lines = []
    for ind in INDICATORS:
        rule = rule_of(ind.id)
        if rule is Rule.AT_YEAR_END:
            mine = [s for s in spans if s.indicator_id == ind.id]
            lines.append(_registry_line(ind, fiscal_year, mine))
            continue
        mine_facts = by_id.get(ind.id, [])
        if rule is Rule.WINDOW_COUNT:
            mine_facts = [f for f in mine_facts if f.dimension in window_agencies]
        lines.append(_fact_line(ind, fiscal_year, rule, mine_facts))
    return IndicatorReport(fiscal_year, position, tuple(lines))


def _monthly(facts: Sequence[IndicatorFact]) -> list[list[IndicatorFact]]:
    months: list[list[IndicatorFact]] = [[] for _ in range(12)]
    for fact in facts:
        months[fact.fiscal_month - 1].append(fact)
    return months


def _fact_line(
    indicator: Indicator, fy: int, rule: Rule, facts: list[IndicatorFact]
) -> IndicatorLine:
    months = _monthly(facts)
    monthly: list[Number] = [sum(f.value for f in month) for month in months]
    used, breakdown = facts, _sums(facts)
    actual: Number = sum(monthly)
    if rule is Rule.DISTINCT:
        monthly = [len({f.dimension for f in month}) for month in months]
        actual = len(breakdown)
    elif rule is Rule.TALLY_LATEST:
        used = _latest_per_dimension(facts)
        breakdown, actual = _sums(used), sum(f.value for f in used)
    elif rule is Rule.TALLY_MEAN:
        reported = [m for m, month in zip(monthly, months, strict=True) if month]
        actual = round(sum(reported) / len(reported), 1) if reported else 0
    return IndicatorLine(indicator, fy, actual, tuple(monthly), breakdown, tuple(used))


def _sums(facts: Sequence[IndicatorFact]) -> dict[str, Number]:
    sums: dict[str, Number] = defaultdict(int)
    for fact in facts:
        if fact.dimension:
            sums[fact.dimension] += fact.value
    return dict(sorted(sums.items()))


def _latest_per_dimension(facts: Sequence[IndicatorFact]) -> list[IndicatorFact]:
    """A stock (登録者数・利用者数): each operator's latest month in the year."""
    latest: dict[str, IndicatorFact] = {}
    for fact in sorted(facts, key=lambda f: f.on):
        latest[fact.dimension] = fact
    return sorted(latest.values(), key=lambda f: (f.dimension, f.on))


def _registry_line(indicator: Indicator, fy: int, spans: list[Span]) -> IndicatorLine:
    ends = month_ends(fy)
    monthly = tuple(sum(s.is_active_on(day) for s in spans) for day in ends)
    active = [s for s in spans if s.is_active_on(fiscal_year_bounds(fy)[1])]
    used = tuple(
        IndicatorFact(s.indicator_id, s.source_id, "", s.active_from, 1, s.event)
        for s in active
    )
    return IndicatorLine(indicator, fy, len(active), monthly, {}, used)


def month_ends(fy: int) -> tuple[date, ...]:
    """The last day of each fiscal month, April to March."""
    days = []
    for index in range(12):
        month = (index + 3) % 12 + 1
        year = fy if month >= 4 else fy + 1  # noqa: PLR2004 (April)
        days.append(date(year, month, calendar.monthrange(year, month)[1]))
    return tuple(days)
