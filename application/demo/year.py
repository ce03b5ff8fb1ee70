"""The fiscal year the demo walks through, month by month (April = 1)."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

from domain.catalogue import fiscal_month_index, fiscal_year_bounds

MONTHS = range(1, 13)


@dataclass(frozen=True)
class DemoYear:
    """The fiscal year (年度) the demo walks through."""

    fiscal_year: int

    @property
    def first_day(self) -> date:
        return fiscal_year_bounds(self.fiscal_year)[0]

    @property
    def last_day(self) -> date:
        return fiscal_year_bounds(self.fiscal_year)[1]

    def month(self, index: int) -> tuple[date, date]:
        """First and last day of fiscal month `index` (April = 1)."""
        month = (index + 2) % 12 + 1
        year = self.fiscal_year if month >= 4 else self.fiscal_year + 1  # noqa: PLR2004
        return date(year, month, 1), date(
            year, month, calendar.monthrange(year, month)[1]
        )

    def index(self, day: date) -> int:
        return fiscal_month_index(day)

    def day_in(
        self,
        rng: random.Random,
        index: int,
        after: date | None = None,
        until: date | None = None,
    ) -> date | None:
        """A random weekday-ish day of the month within [after, until], if any."""
        first, last = self.month(index)
        first = max(first, after or first)
        last = min(last, until or last, self.last_day)
        if first > last:
            return None
        return first + timedelta(days=rng.randint(0, (last - first).days))

    def later(self, rng: random.Random, day: date, low: int, high: int) -> date | None:
        """A day `low`–`high` days after `day`, if it is still in the year."""
        then = day + timedelta(days=rng.randint(low, high))
        return then if then <= self.last_day else None
