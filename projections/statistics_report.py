"""Statistics (統計): counts of coded attributes, read from the indicator facts.

Intakes and one-off consultations each count once under every vocabulary of
their profile (`statistics.<origin>.<vocabulary>`, the code as dimension);
closures by their reason. No fact names a person or holds their data, and
none is touched by an erasure, so these counts stay as they are after one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from projections.indicator_rules import STATISTICS
from projections.indicators import IndicatorFact


@dataclass(frozen=True)
class StatisticsCount:
    """How many intakes, consultations or closures carried one code in a year."""

    origin: str  # intake | consultation | closure
    vocabulary: str  # agency, age_band, sex, household_type, consulter, problems…
    code: str
    count: int


def statistics_counts(
    facts: Sequence[IndicatorFact], fiscal_year: int
) -> list[StatisticsCount]:
    """The year's counts, by origin, vocabulary and code (sorted so)."""
    counted: Counter[tuple[str, str, str]] = Counter()
    for fact in facts:
        parts = fact.indicator_id.split(".")
        if parts[0] == STATISTICS and fact.fiscal_year == fiscal_year:
            counted[(parts[1], parts[2], fact.dimension)] += fact.value
    return [StatisticsCount(*key, n) for key, n in sorted(counted.items())]
