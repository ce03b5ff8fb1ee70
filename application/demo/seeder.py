"""`jusou demo seed`: plan a fiscal year of the city, then record it.

The same seed, year and scale give the same year: the same cases, dates,
kinds and ids (the ledger is built with the demo's id factory and clock).
Recording goes through the ledger's own commands, act by act in business-
date order, with the clock set to each act's day.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from uuid import UUID

from eventsourcing.utils import get_topic

from application.case_ledger import CaseLedger
from application.demo.activity_plan import ActivityPlanner
from application.demo.acts import CaseActs
from application.demo.cases_plan import CasePlanner
from application.demo.city_acts import CityActs
from application.demo.clock import DemoClock, Staff
from application.demo.community_plan import CommunityPlanner
from application.demo.cycle_acts import CycleActs
from application.demo.handover_plan import plan_transfers
from application.demo.meeting_plan import MeetingPlanner
from application.demo.model import Act
from application.demo.year import DemoYear
from domain.case import Case
from domain.errors import DomainError

Progress = Callable[[int, int], None]


class LedgerNotEmptyError(DomainError):
    """The ledger already holds cases: seed a fresh database."""


@dataclass(frozen=True)
class SeedSummary:
    """What a seed recorded: counts planned and events written."""

    fiscal_year: int
    scale: float
    seed: int
    cases: int
    activities: int
    meetings: int
    acts: int
    events: int


class DemoSeeder:
    """Plans a year (`plan`) and records it through the ledger (`run`)."""

    def __init__(  # noqa: PLR0917 (the seed's parameters)
        self,
        ledger: CaseLedger,
        clock: DemoClock,
        ids: Callable[[], UUID],
        fiscal_year: int = 2026,
        scale: float = 1.0,
        seed: int = 0,
    ) -> None:
        if not 0 < scale <= 10:  # noqa: PLR2004
            raise ValueError("scale must be above 0 and at most 10")
        self.ledger, self.clock, self.ids = ledger, clock, ids
        self.year, self.scale, self.seed = DemoYear(fiscal_year), scale, seed
        self.counts = {"cases": 0, "activities": 0, "meetings": 0}

    def plan(self) -> list[Act]:
        rng = random.Random(f"demo/{self.seed}/{self.year.fiscal_year}/{self.scale}")  # noqa: S311
        cases = CasePlanner(rng, self.year, self.scale).plan()
        meetings_ = MeetingPlanner(rng, self.year, self.scale)
        meetings_.plan_support_plans(cases)
        activities = ActivityPlanner(rng, self.year, self.scale).plan(cases)
        meetings = meetings_.plan_meetings(cases)
        meetings_.plan_withdrawals(cases, meetings)
        plan_transfers(rng, self.year, self.scale, cases, meetings)
        community = CommunityPlanner(rng, self.year, self.scale).plan()
        seq, staff = count(), Staff(self.ids)
        case_acts = CaseActs(self.ledger, staff, self.clock, seq)
        city = CityActs(self.ledger, staff, seq, self.year)
        cycle = CycleActs(self.ledger, staff, seq, self.year.last_day)
        acts = [act for case in cases for act in case_acts.of(case)]
        acts += [act for case in cases for act in cycle.of(case)]
        acts += [city.of_meeting(meeting) for meeting in meetings]
        acts += city.of_community(community)
        self.counts = {
            "cases": len(cases),
            "activities": activities,
            "meetings": len(meetings),
        }
        return sorted(acts)

    def run(self, progress: Progress | None = None) -> SeedSummary:
        """Record the planned year; refuses a ledger that already holds cases."""
        self.check_empty()
        acts = self.plan()
        before = self.ledger.recorder.max_notification_id() or 0
        total, done = sum(a.events for a in acts), 0
        try:
            for act in acts:
                self.clock.set(act.on)
                act.run()
                done += act.events
                if progress is not None:
                    progress(done, total)
        finally:
            self.clock.set(None)
        after = self.ledger.recorder.max_notification_id() or 0
        return SeedSummary(
            self.year.fiscal_year,
            self.scale,
            self.seed,
            acts=len(acts),
            events=after - before,
            **self.counts,
        )

    def check_empty(self) -> None:
        opened = get_topic(Case.Opened)
        found = self.ledger.recorder.select_notifications(1, 1, topics=[opened])
        if found:
            raise LedgerNotEmptyError("the ledger already holds cases")
