"""Indicators counted from community records, tallies and the registry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

from application.case_ledger import CaseLedger
from domain.community.statement import CommunityStatement
from domain.registry_entry import RegistryEntry
from projections.read_models import ReadModels
from tests.projections.given import ADMIN, OFFICER, SHAKYO, report
from tests.support.clock import TestClock

CB = "community_building"


def a_statement(kind: str, **changes: object) -> CommunityStatement:
    statement = CommunityStatement(
        kind=kind, project="comprehensive_consultation", field="disability",
        agency="shogai_kikan", held_on=date(2026, 5, 20), title="事例検討会",
        participating_agencies=("shakyo", "yuzuriha"),
    )  # fmt: skip
    return replace(statement, **changes)  # type: ignore[arg-type]


def given_records(ledger: CaseLedger, clock: TestClock) -> None:
    """Two council meetings (one moved, one withdrawn), two case studies, a
    training session outside 多機関協働."""
    record = ledger.record_community_event
    council = a_statement("council_meeting", district="紫塚", project=CB)
    moved, _ = record(OFFICER, council)
    dropped, _ = record(OFFICER, council)
    record(OFFICER, a_statement("case_study_meeting"))
    others = ("shakyo", "fukushi_ka")
    record(OFFICER, a_statement("case_study_meeting", participating_agencies=others))
    record(OFFICER, a_statement("training_session", project=CB))
    fixed = replace(council, district="金田", held_on=date(2026, 7, 1))
    clock.set(date(2026, 7, 1))  # corrected once the true day had come
    ledger.correct_community_record(OFFICER, moved, fixed, "誤り")
    ledger.withdraw_community_record(OFFICER, dropped, "二重登録")


def test_community_records_count_as_corrected_and_not_when_withdrawn(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    given_records(ledger, clock)

    done = report(models)

    councils = done.line("community_elderly_tier2_council_meetings")
    assert (councils.actual, councils.breakdown) == (1, {"金田": 1})
    assert councils.monthly[3] == 1
    assert done.line("consultation_disability_case_study_sessions").actual == 2
    assert done.line("consultation_disability_case_study_participants").actual == 3
    assert done.line("multi_agency_training_sessions").actual == 0


def tally(ledger: CaseLedger, kind: str, agency: str, month: date, value: int) -> str:
    made, _ = ledger.report_tally(
        SHAKYO,
        kind=kind,
        agency=agency,
        year=month.year,
        month=month.month,
        value=value,
    )
    return str(made)


def test_tallies_sum_average_and_take_the_latest_month(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    april, may, march = date(2026, 4, 1), date(2026, 5, 1), date(2027, 3, 1)
    clock.set(date(2027, 4, 5))  # the year's figures, reported after it
    tally(ledger, "watch_activities", "shakyo", april, 6000)
    tally(ledger, "watch_activities", "shakyo", may, 7000)
    users = "child_rearing_center_monthly_users"
    tally(ledger, users, "shintomi_kosodate", april, 100)
    tally(ledger, users, "hikari_kosodate", april, 120)
    tally(ledger, users, "hikari_kosodate", may, 90)
    tally(ledger, "volunteers_registered", "shakyo", april, 80)
    latest = tally(ledger, "volunteers_registered", "shakyo", march, 98)
    ledger.correct_tally(SHAKYO, UUID(latest), 101, "集計誤り")

    done = report(models)

    assert done.line("community_livelihood_watch_activities").actual == 13000
    assert done.line("community_child_monthly_users").actual == 155.0
    volunteers = done.line("community_elderly_volunteers_registered")
    assert volunteers.actual == 101
    assert (volunteers.monthly[0], volunteers.monthly[11]) == (80, 101)
    assert [f.source_id for f in volunteers.contributions] == [latest]


def given_registry_changes(ledger: CaseLedger, clock: TestClock) -> str:
    """A new 地域活動支援センター in October, a hub stopped in January, two
    cooperating organisations of which one stops on 31 March; the one kept.

    Each is recorded on its own day."""
    centre = RegistryEntry(
        "katsudo_test", "地域活動支援センター（試験）", ("disability",), (CB,),
        "consigned", None, "fukushi_ka", ("community_activity_center",),
    )  # fmt: skip
    ids = [
        ledger.register_cooperating_organisation(
            ADMIN,
            name_ja=name,
            kind=kind,
            district=None,
            registered_on=date(2026, 5, 1),
        )[0]
        for name, kind in (("見本農園", "farm"), ("試験NPO", "npo"))
    ]
    clock.set(date(2026, 10, 1))
    ledger.register_agency(ADMIN, centre, date(2026, 10, 1))
    clock.set(date(2027, 1, 1))
    ledger.deactivate_agency(ADMIN, "shintomi_kosodate", date(2027, 1, 1), "休止")
    clock.set(date(2027, 3, 31))
    ledger.deactivate_cooperating_organisation(ADMIN, ids[1], date(2027, 3, 31), "終了")
    return str(ids[0])


def test_registry_indicators_count_what_is_active_on_31_march(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    kept = given_registry_changes(ledger, clock)

    done = report(models)

    centres = done.line("community_disability_activity_centers")
    assert (centres.actual, centres.monthly[5], centres.monthly[6]) == (2, 1, 2)
    assert done.line("community_child_support_centers").actual == 4
    assert done.line("consultation_child_family_centers").actual == 1
    organisations = done.line("participation_cooperating_organizations")
    assert (organisations.actual, organisations.monthly[10]) == (1, 2)
    assert [f.source_id for f in organisations.contributions] == [kept]
