"""How many activities of each kind the year holds, and on which case and day.

Counted kinds are drawn near the plan's targets (±8 % at scale 1.0), so the
indicator report is plausible; uncounted kinds (visits, calls, consultations
at the disability, child and livelihood windows) give the caseworkers' daily
work its real volume. Each activity falls on a day its case is open.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from application.cases.forms import ActivityForm
from application.demo.budgets import ASSESSED, BUDGETS, CC, Budget
from application.demo.cases_plan import scaled
from application.demo.model import DemoCase
from application.demo.people import note
from application.demo.year import MONTHS, DemoYear
from domain.catalogue import agency as catalogue_agency

What = tuple[str, str, str | None]  # kind, 事業, agency (None: the case's)


class ActivityPlanner:
    """Spends each budget on the days its cases are open."""

    def __init__(self, rng: random.Random, year: DemoYear, scale: float) -> None:
        self.rng, self.year, self.scale = rng, year, scale

    def plan(self, cases: Sequence[DemoCase]) -> int:
        """Put each budget's activities on cases; returns how many in all."""
        total = 0
        for budget in BUDGETS:
            total += self._spend(budget, cases)
        for case in cases:
            if self.rng.random() < ASSESSED:
                month = self.year.index(case.opened_on)
                total += self._put(case, month, ("assessment", CC, None))
        return total

    def _spend(self, budget: Budget, cases: Sequence[DemoCase]) -> int:
        slots = [
            (case, month, after)
            for case in cases
            if case.archetype in budget.archetypes and _has_issue(case, budget)
            for after in [_start(case, budget.needs_plan)]
            if after is not None
            for month in self._months(case, after)
        ]
        if not slots:
            return 0
        wanted = scaled(self.rng, budget.yearly, self.scale)
        picks = list(slots) if budget.monthly else []
        picks += [self.rng.choice(slots) for _ in range(max(0, wanted - len(picks)))]
        if len(picks) > wanted:
            picks = self.rng.sample(picks, wanted)
        return sum(
            self._put(case, month, (kind, budget.project, budget.agency), after)
            for case, month, after in picks
            for kind in [self.rng.choice(budget.kinds)]
        )

    def _months(self, case: DemoCase, after: date) -> list[int]:
        first, last = max(case.opened_on, after), min(case.last_day, self.year.last_day)
        return [
            m
            for m in MONTHS
            if self.year.month(m)[0] <= last and self.year.month(m)[1] >= first
        ]

    def _put(
        self, case: DemoCase, month: int, what: What, after: date | None = None
    ) -> int:
        """Put one activity (kind, 事業, agency or the case's) in that month."""
        kind, project, agency = what
        start = max(case.opened_on, after or case.opened_on)
        day = self.year.day_in(self.rng, month, after=start, until=case.last_day)
        if day is None:
            return 0
        who = agency or case.agency
        form = ActivityForm(kind, _project_of(project, who), who, day, note(self.rng))
        case.activities.setdefault(month, []).append(form)
        return 1


def _has_issue(case: DemoCase, budget: Budget) -> bool:
    owned = not budget.owners or case.agency in budget.owners
    return owned and (
        not budget.needs_issue or bool(budget.needs_issue & set(case.issues))
    )


def _project_of(project: str, agency: str) -> str:
    """The budget's 事業, or the one the agency runs (a hub's 地域づくり)."""
    runs = tuple(p.value for p in catalogue_agency(agency).projects)
    return project if project in runs else runs[0]


def _start(case: DemoCase, project: str | None) -> date | None:
    """When activities of a budget may begin: at opening, or at the plan."""
    if project is None:
        return case.opened_on
    dates = [p.created_on for p in case.plans if p.project == project]
    return min(dates) if dates else None
