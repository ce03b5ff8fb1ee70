"""A naive, independent count of the 29 indicators, straight from the events.

Deliberately separate from `projections/`: it walks the whole notification
log with the ledger's mapper, keeps plain dicts, and follows docs/indicators.md
as written; the registry rows ask the replayed `AgencyRegistry` aggregate.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from application.case_ledger import CaseLedger
from tests.projections.reference_rules import (
    FACILITIES,
    KIND_RULES,
    PLAN_RULES,
    RECORD_RULES,
    tally_latest,
    tally_mean,
    tally_sum,
)

Figures = dict[str, tuple[float, tuple[float, ...]]]


def all_events(ledger: CaseLedger) -> Iterator[Any]:
    start = 1
    while True:
        page = ledger.recorder.select_notifications(start, 1000)
        yield from (ledger.mapper.to_domain_event(n) for n in page)
        if len(page) < 1000:
            return
        start = page[-1].id + 1


def month_of(day: date, fiscal_year: int) -> int | None:
    fy = day.year if day.month >= 4 else day.year - 1
    return (day.month - 4) % 12 if fy == fiscal_year else None


def month_ends(fiscal_year: int) -> list[date]:
    ends = []
    for offset in range(12):
        year, month = fiscal_year + (offset + 3) // 12, (offset + 3) % 12 + 1
        ends.append(date(year, month, calendar.monthrange(year, month)[1]))
    return ends


class Reference:
    def __init__(self, ledger: CaseLedger, fiscal_year: int) -> None:
        self.ledger, self.fy = ledger, fiscal_year
        self.counts: dict[str, list[float]] = defaultdict(lambda: [0] * 12)
        self.records: dict[Any, Any] = {}
        self.tallies: dict[Any, list[Any]] = {}
        self.opened: list[tuple[str, tuple[str, ...], date]] = []

    def figures(self) -> Figures:
        for event in all_events(self.ledger):
            self._see(type(event).__qualname__, event)
        self._records()
        self._opened()
        figures = {
            i: (float(sum(m)), tuple(float(x) for x in m))
            for i, m in self.counts.items()
        }
        return figures | self._tallies() | self._registry()

    def _add(self, indicator: str, day: date, value: float = 1) -> None:
        month = month_of(day, self.fy)
        if month is not None:
            self.counts[indicator][month] += value

    def _see(self, name: str, e: Any) -> None:
        if name == "Case.ActivityRecorded":
            for indicator, (kinds, project) in KIND_RULES.items():
                if (kinds is None or e.kind in kinds) and project in {None, e.project}:
                    self._add(indicator, e.occurred_on)
        elif name == "Case.PlanCreated" and e.project in PLAN_RULES:
            self._add(PLAN_RULES[e.project], e.created_on)
        elif name == "Case.Opened":
            self.opened.append(
                (e.intake.agency, tuple(e.intake.fields), e.intake.opened_on)
            )
        elif name in {"CommunityRecord.Recorded", "CommunityRecord.Corrected"}:
            self.records[e.originator_id] = e.statement
        elif name == "CommunityRecord.Withdrawn":
            self.records[e.originator_id] = None
        elif name == "Tally.Reported":
            self.tallies[e.originator_id] = [e.kind, e.agency, e.year, e.month, e.value]
        elif name == "Tally.Corrected":
            self.tallies[e.originator_id][4] = e.value

    def _records(self) -> None:
        participants: list[set[str]] = [set() for _ in range(12)]
        for s in filter(None, self.records.values()):
            if s.kind in RECORD_RULES:
                self._add(RECORD_RULES[s.kind], s.held_on)
            if s.kind == "training_session" and s.project == "multi_agency":
                self._add("multi_agency_training_sessions", s.held_on)
            month = month_of(s.held_on, self.fy)
            if s.kind == "case_study_meeting" and month is not None:
                participants[month] |= set(s.participating_agencies)
        every = set().union(*participants)
        monthly = tuple(float(len(p)) for p in participants)
        self.counts["consultation_disability_case_study_participants"] = list(monthly)
        self._distinct = float(len(every))

    def _opened(self) -> None:
        year_end = month_ends(self.fy)[-1]
        windows = {
            e.code
            for e in self.ledger.registry().active_agencies(year_end)
            if "livelihood" in e.fields and "comprehensive_consultation" in e.projects
            and e.operation != "city"
        }  # fmt: skip
        for agency, fields, on in self.opened:
            if agency in windows and "livelihood" in fields:
                self._add("consultation_livelihood_new_consultations", on)

    def _tallies(self) -> Figures:
        by_kind: dict[str, list[list[Any]]] = defaultdict(list)
        for kind, agency, year, month, value in self.tallies.values():
            slot = month_of(date(year, month, 1), self.fy)
            if slot is not None:
                by_kind[kind].append([agency, slot, value])
        participants = self.counts["consultation_disability_case_study_participants"]
        return {
            "community_livelihood_watch_activities": tally_sum(
                by_kind["watch_activities"]
            ),
            "community_child_monthly_users": tally_mean(
                by_kind["child_rearing_center_monthly_users"]
            ),
            "community_elderly_volunteers_registered": tally_latest(
                by_kind["volunteers_registered"]
            ),
            "community_disability_activity_center_users": tally_latest(
                by_kind["activity_center_users"]
            ),
            "consultation_disability_case_study_participants": (
                self._distinct,
                tuple(participants),
            ),
        }

    def _registry(self) -> Figures:
        registry, ends = self.ledger.registry(), month_ends(self.fy)
        figures: Figures = {}
        for indicator, facility in FACILITIES.items():
            monthly = tuple(
                float(len(registry.agencies_with_facility(facility, d))) for d in ends
            )
            figures[indicator] = (monthly[-1], monthly)
        orgs = tuple(float(len(registry.cooperating_organisations(d))) for d in ends)
        figures["participation_cooperating_organizations"] = (orgs[-1], orgs)
        return figures
