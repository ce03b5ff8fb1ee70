"""Builders for community-record and tally tests."""

from __future__ import annotations

import dataclasses
from datetime import date
from uuid import uuid4

from domain.community.record import CommunityRecord
from domain.community.statement import CommunityStatement
from domain.community.tally import Tally
from tests.domain.given import recorded_on

RECORDER = "user-recorder"

TODAY = date(2026, 6, 30)
RECORDING = recorded_on(TODAY)  # recorded at the end of the month held
TALLY_DAY = date(2028, 4, 30)  # after every period the tests report


def a_statement(**changes: object) -> CommunityStatement:
    """A 第2層協議体 meeting in 佐久山 run by the 社会福祉協議会."""
    statement = CommunityStatement(
        kind="council_meeting",
        project="community_building",
        field="elderly_care",
        agency="shakyo",
        held_on=date(2026, 6, 10),
        title="佐久山地区 第2層協議体 6月定例会",
        district="佐久山",
        attendees=14,
    )
    return dataclasses.replace(statement, **changes)  # type: ignore[arg-type]


def a_case_study(**changes: object) -> CommunityStatement:
    """A 事例検討 of the disability consultation windows."""
    case_study: dict[str, object] = {
        "kind": "case_study_meeting",
        "project": "comprehensive_consultation",
        "field": "disability",
        "agency": "shogai_kikan",
        "title": "相談支援事業所 事例検討会",
        "district": None,
        "participating_agencies": ("shogai_soudan", "yuzuriha"),
    }
    return a_statement(**{**case_study, **changes})


def given_recorded(statement: CommunityStatement | None = None) -> CommunityRecord:
    record = CommunityRecord.record(
        uuid4(), statement or a_statement(), RECORDER, RECORDING
    )
    record.collect_events()
    return record


def given_withdrawn() -> CommunityRecord:
    record = given_recorded()
    record.withdraw("二重登録", RECORDER)
    record.collect_events()
    return record


def a_report(**changes: object) -> Tally:
    """The 社会福祉協議会's 見守り活動件数 for May 2026."""
    period: dict[str, object] = {
        "kind": "watch_activities",
        "agency": "shakyo",
        "year": 2026,
        "month": 5,
        "value": 6800,
        **changes,
    }
    return Tally.report(**period, recorded_by=RECORDER, today=TALLY_DAY)  # type: ignore[arg-type]


def given_reported(**changes: object) -> Tally:
    tally = a_report(**changes)
    tally.collect_events()
    return tally
