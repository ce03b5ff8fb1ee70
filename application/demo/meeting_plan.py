"""Support plans under the new 事業, both kinds of meeting, and withdrawals.

Plans are made by the 社会福祉協議会 on the households it carries; each
重層的支援会議 shares, on consent, the cases of its members and approves the
plans' revisions waiting for it; each 支援会議 (Art. 106-6) takes the cases
support is not reaching, after every member acknowledged confidentiality.
Some consents are withdrawn later in the year, after what relied on them.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from application.demo.cases_plan import scaled
from application.demo.model import ConsentPlan, DemoCase, MeetingPlan, SupportPlanPlan
from application.demo.year import DemoYear
from domain.support_plan import DECIDED_PROJECTS

PLANS = (  # 事業, plans a year at scale 1.0, the cases that get them, days after
    ("outreach", 10, ("8050_son",), 20),
    ("multi_agency", 20, ("poverty_disability", "8050_son", "livelihood"), 30),
    ("participation_support", 3, ("8050_son", "poverty_disability"), 90),
)
COORDINATED, SUPPORT = "coordinated_support_meeting", "support_meeting"
CONVENER = "fukushi_ka"
UNREACHED = ("8050_parent", "8050_son", "young_carer_child", "elderly")
REVISED, WITHDRAWN = 0.5, 0.05


class MeetingPlanner:
    """Plans support plans, meetings and withdrawals, in that order."""

    def __init__(self, rng: random.Random, year: DemoYear, scale: float) -> None:
        self.rng, self.year, self.scale = rng, year, scale

    def plan_support_plans(self, cases: Sequence[DemoCase]) -> None:
        for project, yearly, archetypes, delay in PLANS:
            eligible = [
                c
                for c in cases
                if c.archetype in archetypes and c.agency == "shakyo" and not c.plans
            ]
            if project == "participation_support":
                eligible = [c for c in cases if c.plans and c.archetype in archetypes]
            for case in self.rng.sample(
                eligible, min(len(eligible), scaled(self.rng, yearly, self.scale))
            ):
                self._support_plan(case, project, delay)

    def _support_plan(self, case: DemoCase, project: str, delay: int) -> None:
        start = max([case.opened_on, *(p.created_on for p in case.plans)])
        created = self.year.later(self.rng, start, delay, delay + 30)
        if created is None or created > case.last_day:
            return
        if project in DECIDED_PROJECTS:
            _consent_to_the_city(case, created)
        plan = SupportPlanPlan(project, created)
        revised = self.year.later(self.rng, created, 60, 120)
        if revised and revised <= case.last_day and self.rng.random() < REVISED:
            plan.revised_on.append(revised)
        case.plans.append(plan)

    def plan_meetings(self, cases: Sequence[DemoCase]) -> list[MeetingPlan]:
        meetings = []
        for kind, yearly in ((COORDINATED, 12), (SUPPORT, 6)):
            count = scaled(self.rng, yearly, self.scale)
            for index in range(count):
                month = 1 + (index * 12 + 6) // count if count < 12 else index + 1  # noqa: PLR2004
                held_on = self.year.day_in(self.rng, min(month, 12))
                if held_on is not None:
                    meetings.append(self._meeting(kind, held_on, cases))
        return sorted(meetings, key=lambda m: m.held_on)

    def _meeting(
        self, kind: str, held_on: date, cases: Sequence[DemoCase]
    ) -> MeetingPlan:
        open_ = [c for c in cases if c.is_open_on(held_on)]
        if kind == COORDINATED:
            chosen, agencies = _consented(_waiting(open_, held_on), held_on)
        else:
            unreached = [c for c in open_ if c.archetype in UNREACHED and c.household]
            chosen = self.rng.sample(unreached, min(3, len(unreached)))
            agencies = {CONVENER, "shakyo", "kodomo_katei", *(c.agency for c in chosen)}
        meeting = MeetingPlan(kind, held_on, CONVENER, tuple(sorted(agencies)), chosen)
        for case in chosen:
            self._disclose(meeting, case)
        return meeting

    def _disclose(self, meeting: MeetingPlan, case: DemoCase) -> None:
        others = [a for a in meeting.agencies if a != case.agency]
        if meeting.kind == COORDINATED:
            others = [a for a in others if case.consent_covers(a, meeting.held_on)]
            for plan in case.plans:
                self._approve(meeting, case, plan)
        if others:
            categories = ("basic", "health") if self.rng.random() < 0.5 else ("basic",)  # noqa: PLR2004
            meeting.disclosures.append((case, case.agency, tuple(others), categories))

    def _approve(
        self, meeting: MeetingPlan, case: DemoCase, plan: SupportPlanPlan
    ) -> None:
        stated = [plan.created_on, *plan.revised_on]
        waiting = [
            n
            for n, on in enumerate(stated, start=1)
            if on <= meeting.held_on and n not in plan.approved
        ]
        if waiting:
            plan.approved.add(waiting[-1])
            meeting.approvals.append((case, plan, waiting[-1]))

    def plan_withdrawals(
        self, cases: Sequence[DemoCase], meetings: Sequence[MeetingPlan]
    ) -> None:
        """Withdraw a few consents, after every act that relied on them."""
        relied: dict[int, date] = {}
        for meeting in meetings:
            for case, *_ in meeting.disclosures:
                relied[case.key] = max(relied.get(case.key, date.min), meeting.held_on)
        for case in cases:
            if case.consent is None or self.rng.random() >= WITHDRAWN:
                continue
            last = max(
                [case.consent.given_on, relied.get(case.key, date.min)]
                + [p.created_on for p in case.plans]  # the city's decision
                + [on for _, on in (case.referral.steps if case.referral else [])]
                + ([case.referral.requested_on] if case.referral else [])
            )
            withdrawn = self.year.later(self.rng, last, 10, 60)
            if withdrawn is not None and withdrawn <= case.last_day:
                case.consent.withdrawn_on = withdrawn


def _consent_to_the_city(case: DemoCase, by: date) -> None:
    """The person lets the city section learn of the case before it decides."""
    consent = case.consent
    if consent is None:
        case.consent = ConsentPlan((CONVENER,), max(case.opened_on, by - timedelta(30)))
    else:
        consent.given_on = min(consent.given_on, by)
        if CONVENER not in consent.agencies:
            consent.agencies = (*consent.agencies, CONVENER)


def _waiting(cases: Sequence[DemoCase], held_on: date) -> list[DemoCase]:
    """Cases whose plans wait for approval first, then households with consent."""

    def rank(case: DemoCase) -> tuple[int, int]:
        waiting = any(
            on <= held_on
            for p in case.plans
            for n, on in enumerate([p.created_on, *p.revised_on], start=1)
            if n not in p.approved
        )
        consented = case.consent is not None and case.consent.given_on <= held_on
        return (0 if waiting else 1 if consented and case.household else 2, case.key)

    return [c for c in sorted(cases, key=rank) if rank(c)[0] < 2]  # noqa: PLR2004


def _consented(
    ranked: Sequence[DemoCase], held_on: date, most: int = 4
) -> tuple[list[DemoCase], set[str]]:
    """Cases whose consents cover every other member of the meeting.

    At a 重層的支援会議 every member but a case's own agency hears about it,
    so each case joins only if every chosen case's consent covers the
    members with it there (the lawful-basis rules refuse anything else).
    """
    chosen: list[DemoCase] = []
    agencies = {CONVENER, "shakyo"}
    for case in ranked:
        members = agencies | {case.agency}
        together = [*chosen, case]
        if all(c.consent_covers_all(members - {c.agency}, held_on) for c in together):
            chosen, agencies = together, members
        if len(chosen) == most:
            break
    return chosen, agencies
