"""The year's cross-case facts: registry changes, community records, tallies.

Five fictional 地域活動支援センター join ゆずり葉 in the registry; cooperating
organisations of 参加支援 are registered through the year (one stops); the
community records and the operators' monthly tallies come near the plan's
targets. A few records are corrected or withdrawn, one tally corrected.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from application.demo.cases_plan import scaled
from application.demo.city_data import (
    CASE_STUDY_POOL,
    CENTRE_NAMES,
    CENTRES,
    ORG_KINDS,
    RECORDS,
    TALLIES,
)
from application.demo.year import MONTHS, DemoYear
from domain.catalogue import DAILY_LIFE_DISTRICTS
from domain.community.statement import CommunityStatement
from domain.registry_entry import RegistryEntry

RecordRow = tuple[str, str, str | None, str, int, str]  # as in city_data.RECORDS


@dataclass
class RecordPlan:
    """A community record, and whether it is later corrected or withdrawn."""

    statement: CommunityStatement
    corrected: CommunityStatement | None = None
    withdrawn: bool = False
    record_id: UUID | None = None


@dataclass
class CommunityPlan:
    """Everything cross-case the demo records in the year."""

    centres: list[RegistryEntry] = field(default_factory=list)
    organisations: list[tuple[str, str, str, date, date | None]] = field(
        default_factory=list
    )
    records: list[RecordPlan] = field(default_factory=list)
    tallies: list[tuple[str, str, int, int, int, int | None]] = field(
        default_factory=list
    )  # kind, agency, year, month, value, corrected value


def centre_entries() -> list[RegistryEntry]:
    return [
        RegistryEntry(
            code=f"katsudo_{code}",
            name_ja=f"地域活動支援センター{name}（架空）",
            fields=("disability",),
            projects=("community_building",),
            operation="consigned",
            address="大田原市（架空）",
            section="fukushi_ka",
            facility_types=("community_activity_center",),
        )
        for code, name in zip(CENTRES, CENTRE_NAMES, strict=True)
    ]


class CommunityPlanner:
    """Plans the registry's additions, the records and the tallies."""

    def __init__(self, rng: random.Random, year: DemoYear, scale: float) -> None:
        self.rng, self.year, self.scale = rng, year, scale

    def plan(self) -> CommunityPlan:
        plan = CommunityPlan(centres=centre_entries())
        plan.organisations = self._organisations()
        for row in RECORDS:
            plan.records += self._records(row)
        self._mistakes(plan.records)
        plan.tallies = self._tallies()
        return plan

    def _organisations(self) -> list[tuple[str, str, str, date, date | None]]:
        made = []
        for index, kind in enumerate((*ORG_KINDS, "farm")):
            on = self.year.day_in(self.rng, 1 + index * 2) or self.year.first_day
            stops = self.year.month(10)[0] if index == 1 else None  # one stops
            name = f"（架空）参加支援協力先{index + 1}"
            made.append((name, kind, self.rng.choice(DAILY_LIFE_DISTRICTS), on, stops))
        return made

    def _records(self, row: RecordRow) -> list[RecordPlan]:
        count = scaled(self.rng, row[4], self.scale)
        return [
            RecordPlan(self._statement(row, index, count)) for index in range(count)
        ]

    def _statement(self, row: RecordRow, index: int, count: int) -> CommunityStatement:
        """The index-th of the year's `count` records of a kind, spread by month."""
        kind, project, field_, agency, _, title = row
        held_on = self.year.day_in(self.rng, 1 + index * 12 // count)
        district = None
        if kind in {"council_meeting", "new_service_created"}:
            district = DAILY_LIFE_DISTRICTS[index % len(DAILY_LIFE_DISTRICTS)]
        agencies: tuple[str, ...] = ()
        if kind == "case_study_meeting":
            agencies = tuple(sorted(self.rng.sample(CASE_STUDY_POOL, 6)))
        name = f"{title}（{district}）" if district else f"{title} 第{index + 1}回"
        return CommunityStatement(
            kind=kind,
            project=project,
            field=field_,
            agency=agency,
            held_on=held_on or self.year.first_day,
            title=name,
            district=district,
            participating_agencies=agencies,
            attendees=self.rng.randint(6, 30),
        )

    def _mistakes(self, records: list[RecordPlan]) -> None:
        """Correct two council meetings' dates; withdraw one duplicate entry."""
        councils = [r for r in records if r.statement.kind == "council_meeting"]
        for record in self.rng.sample(councils, min(2, len(councils))):
            old = record.statement
            day = (
                self.year.day_in(self.rng, self.year.index(old.held_on)) or old.held_on
            )
            record.corrected = CommunityStatement(**{**vars(old), "held_on": day})
        if councils:
            records.append(RecordPlan(councils[0].statement, withdrawn=True))

    def _tallies(self) -> list[tuple[str, str, int, int, int, int | None]]:
        made: list[tuple[str, str, int, int, int, int | None]] = []
        for kind, agencies, base in TALLIES:
            for agency in agencies:
                for month in MONTHS:
                    first, _ = self.year.month(month)
                    growth = 1 + 0.01 * month if kind == "volunteers_registered" else 1
                    noise = self.rng.uniform(0.85, 1.15)
                    value = max(1, round(base * self.scale * growth * noise))
                    made.append((kind, agency, first.year, first.month, value, None))
        made[2] = (*made[2][:5], made[2][4] + 37)  # one month's figure corrected
        return made
