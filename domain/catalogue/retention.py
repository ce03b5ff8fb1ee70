"""Retention periods (保存期間) per record kind, counted from the case's closure.

The periods are the city's to set, in its 文書管理規程 (document management
rules); the article that sets them is `RetentionSchedule.article`, left empty
here and set by the city (`JUSOU_RETENTION_FILE`, `docs/erasure-and-keys.md`).
The defaults below are placeholders for the city to confirm, not figures taken
from any 規程.

A person's data is one key, so their records go together: a person is due
when every case about them is closed and the longest period among those
cases' kinds has run from each closure. A case's kind follows its fields
(分野); a case of several fields is kept for the longest of their periods.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.catalogue.fields import Field
from domain.catalogue.fiscal_year import fiscal_year_bounds, fiscal_year_of


class CountedFrom(StrEnum):
    """Where a period starts: the closure itself, or the next 年度's 1 April."""

    CLOSED_ON = "closed_on"
    NEXT_FISCAL_YEAR = "next_fiscal_year"


@dataclass(frozen=True)
class RetentionRule:
    """One record kind (記録の種別), the fields it covers, and its period in years."""

    kind: str
    label_ja: str
    years: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class RetentionSchedule:
    """The city's retention periods, and the rule that sets them."""

    rules: tuple[RetentionRule, ...]
    source: str = "大田原市文書管理規程"
    article: str = ""  # the article that sets these periods: set by the city
    counted_from: str = CountedFrom.CLOSED_ON.value

    @property
    def cited(self) -> str:
        """The source as staff read it, with the article once the city sets it."""
        return f"{self.source} {self.article}" if self.article else self.source

    def rule_for(self, fields: Iterable[str]) -> RetentionRule:
        """The longest-kept kind among the case's fields (the first rule if none)."""
        wanted = set(fields)
        matching = [r for r in self.rules if wanted & set(r.fields)]
        return max(matching or self.rules[:1], key=lambda r: r.years)

    def ends_on(self, closed_on: date, rule: RetentionRule) -> date:
        """The first day the record is no longer kept."""
        start = closed_on
        if self.counted_from == CountedFrom.NEXT_FISCAL_YEAR:
            start = fiscal_year_bounds(fiscal_year_of(closed_on) + 1)[0]
        return _years_after(start, rule.years)

    def due_on(self, cases: Iterable[tuple[Iterable[str], date | None]]) -> date | None:
        """When a person's cases (fields, closure) are all past retention.

        None while any case is open: an open case keeps the person, whatever
        the other cases say.
        """
        ends = []
        for fields, closed_on in cases:
            if closed_on is None:
                return None
            ends.append(self.ends_on(closed_on, self.rule_for(fields)))
        return max(ends) if ends else None


def _years_after(day: date, years: int) -> date:
    """The same day `years` later; 29 February falls to 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


DEFAULT_SCHEDULE = RetentionSchedule(
    rules=(
        RetentionRule(
            "consultation", "相談支援記録（高齢・生活困窮）", 5,
            (Field.ELDERLY_CARE.value, Field.LIVELIHOOD.value),
        ),
        RetentionRule(
            "disability", "障害者相談支援記録", 5, (Field.DISABILITY.value,)
        ),
        RetentionRule(
            "child", "子育て・児童に関する相談記録", 10, (Field.CHILD_REARING.value,)
        ),
    )
)  # fmt: skip
