"""Who comes to which window, when, with what, and when the case ends.

Volumes are the city's at scale 1.0 (about 3,500 new cases a year); single
cases and households with several issues at once (8050, young carers,
poverty with disability), each case at the window that would take it in.
"""

from __future__ import annotations

import random
from datetime import date
from uuid import UUID

from application.demo.archetypes import (
    ARCHETYPES,
    HOUSEHOLDS,
    MEMBERS,
    PCM_CARRIED,
    PCM_NEW,
    SINGLES,
    Archetype,
)
from application.demo.model import ConsentPlan, DemoCase, ReferralPlan
from application.demo.people import SUMMARIES, person
from application.demo.year import MONTHS, DemoYear

# Shares of the planned cases: sons whose household is short of money too,
# closed cases that come back, referrals of households and of single cases,
# first steps accepted, accepted referrals completed within the year.
SON_IN_POVERTY, REOPENED = 0.3, 0.03
REFERRED_HOUSEHOLD, REFERRED_SINGLE = 0.7, 0.15
ACCEPTED, COMPLETED = 0.8, 0.6


def scaled(rng: random.Random, count: float, scale: float) -> int:
    """A count near `count * scale` (±8 %), at least one of everything."""
    return max(1, round(count * scale * rng.uniform(0.92, 1.08)))


Id = UUID | None


class CasePlanner:
    """Plans every case of the year: intake, closure, consent, referral."""

    def __init__(self, rng: random.Random, year: DemoYear, scale: float) -> None:
        self.rng, self.year, self.scale = rng, year, scale
        self.cases: list[DemoCase] = []

    def plan(self) -> list[DemoCase]:
        for _ in range(scaled(self.rng, PCM_CARRIED, self.scale)):
            self._case("pcm", 1, carried=True)
        for _ in range(scaled(self.rng, PCM_NEW, self.scale)):
            self._case("pcm", self.rng.choice(MONTHS))
        for archetype, count in SINGLES.items():
            for _ in range(scaled(self.rng, count, self.scale)):
                self._case(archetype, self.rng.choice(MONTHS))
        for household, count in HOUSEHOLDS.items():
            for _ in range(scaled(self.rng, count, self.scale)):
                self._household(household)
        self.cases.sort(key=lambda c: (c.opened_on, c.key))
        return self.cases

    def _household(self, kind: str) -> None:
        month = self.rng.randint(1, 10)
        household = UUID(bytes=self.rng.randbytes(16), version=4)
        for archetype in MEMBERS[kind]:
            self._case(archetype, month, household=household)

    def _case(
        self, archetype: str, month: int, *, carried: bool = False, household: Id = None
    ) -> DemoCase:
        kind, rng = ARCHETYPES[archetype], self.rng
        until = self.year.month(1)[0].replace(day=10) if carried else None
        opened_on = self.year.day_in(rng, month, until=until) or self.year.first_day
        case = DemoCase(
            key=len(self.cases),
            archetype=archetype,
            agency=rng.choice(kind.agencies),
            fields=self._fields(archetype, kind),
            issues=_issues(rng, kind),
            projects=kind.projects,
            route=rng.choice(kind.routes),
            opened_on=opened_on,
            person=person(rng, kind.born),
            summary=SUMMARIES[archetype],
            household=household,
        )
        self._lifecycle(case, kind)
        self.cases.append(case)
        return case

    def _fields(self, archetype: str, kind: Archetype) -> tuple[str, ...]:
        if archetype == "8050_son" and self.rng.random() < SON_IN_POVERTY:
            return ("livelihood", "disability")  # the household's money too
        return kind.fields

    def _lifecycle(self, case: DemoCase, kind: Archetype) -> None:
        rng, year = self.rng, self.year
        if rng.random() < kind.closes:
            months = rng.randint(*kind.months)
            case.closes_on = year.later(rng, case.opened_on, 25 * months, 31 * months)
            if case.closes_on is not None and rng.random() < REOPENED:
                case.reopens_on = year.later(rng, case.closes_on, 10, 60)
        if rng.random() < kind.consent:
            given = year.later(rng, case.opened_on, 0, 10)
            if given is not None and given <= case.last_day:
                case.consent = ConsentPlan(kind.partners, given)
        self._referral(case, kind)

    def _referral(self, case: DemoCase, kind: Archetype) -> None:
        rng, consent = self.rng, case.consent
        wanted = REFERRED_HOUSEHOLD if case.household else REFERRED_SINGLE
        if consent is None or rng.random() > wanted:
            return
        to = next((a for a in kind.partners if a != case.agency), None)
        requested = self.year.later(rng, consent.given_on, 3, 30)
        if to is None or requested is None or requested > case.last_day:
            return
        case.referral = ReferralPlan(to, requested)
        case.referral.steps = self._steps(requested, case.last_day)

    def _steps(self, requested: date, last: date) -> list[tuple[str, date]]:
        rng, roll = self.rng, self.rng.random()
        declined = (1 + ACCEPTED) / 2  # the rest: half declined, half cancelled
        first = (
            "accepted"
            if roll < ACCEPTED
            else "declined"
            if roll < declined
            else "cancelled"
        )
        on = self.year.later(rng, requested, 2, 10)
        if on is None or on > last:
            return []
        steps = [(first, on)]
        then = self.year.later(rng, on, 20, 60)
        if first == "accepted" and then and then <= last and rng.random() < COMPLETED:
            steps.append(("completed", then))
        return steps


def _issues(rng: random.Random, kind: Archetype) -> tuple[str, ...]:
    fixed = tuple(i for i in kind.issues if i in {"8050", "young_carer", "hikikomori"})
    optional = [i for i in kind.issues if i not in fixed]
    extra = rng.sample(optional, k=min(len(optional), rng.randint(0, 2)))
    return tuple(dict.fromkeys((*fixed, *sorted(extra))))
