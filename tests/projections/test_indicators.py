"""Indicators counted from case events (docs/indicators.md), on both stores."""

from __future__ import annotations

from datetime import date

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER
from tests.application.given_plans import given_grounds
from tests.projections.given import (
    SHAKYO,
    a_case,
    a_plan_form,
    actual,
    an_activity,
    report,
)
from tests.support.clock import TestClock

HOUKATSU = Actor(INTAKE_WORKER.user_id, "chuo_houkatsu", "caseworker")


def test_activities_count_by_kind_and_by_business_date(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    clock.set(date(2026, 4, 30))
    case_id = a_case(ledger, opened_on=date(2026, 4, 1))
    outreach_case = a_case(ledger, "shakyo", opened_on=date(2026, 4, 1))
    ids = []
    for day in (date(2026, 4, 30), date(2027, 3, 31), date(2027, 4, 1)):
        clock.set(day)  # each recorded on its day
        pcm = an_activity("preventive_care_management", on=day)
        ids += ledger.record_activities(HOUKATSU, case_id, [pcm])[0]
        if day.year == 2026:
            others = [an_activity("consultation", on=day)]
            ledger.record_activities(HOUKATSU, case_id, others)
            visit = an_activity("home_visit", "outreach", on=day)
            ledger.record_activities(SHAKYO, outreach_case, [visit])

    line = report(models).line("consultation_elderly_preventive_care_management")

    assert (line.actual, line.monthly[0], line.monthly[11]) == (2, 1, 1)
    assert actual(models, "outreach_support_activities") == 1
    assert actual(models, "consultation_elderly_preventive_care_management", 2027) == 1
    assert [f.source_id for f in line.contributions] == [str(ids[0]), str(ids[1])]
    assert {f.event.originator_id for f in line.contributions} == {str(case_id)}
    assert all(f.event.notification_id > 0 for f in line.contributions)


def test_plans_count_under_their_own_project(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id = a_case(ledger, "shakyo")
    for project in ("outreach", "multi_agency", "multi_agency"):
        ledger.create_plan(
            SHAKYO,
            case_id,
            project=project,
            form=a_plan_form(),
            created_on=date(2026, 6, 1),
            assessment_id=given_grounds(ledger, case_id, SHAKYO, consent_by=SHAKYO),
        )

    done = report(models)

    assert done.line("outreach_support_plans_created").actual == 1
    assert done.line("multi_agency_support_plans_created").actual == 2
    assert done.line("participation_support_plans_created").actual == 0


def test_new_livelihood_cases_count_at_the_window_only(
    ledger: CaseLedger, models: ReadModels
) -> None:
    a_case(ledger, "shakyo", ("livelihood", "disability"))
    a_case(ledger, "shakyo", ("disability",))
    a_case(ledger, "fukushi_ka", ("livelihood",))  # a city section, not the window

    line = report(models).line("consultation_livelihood_new_consultations")

    assert (line.actual, line.breakdown) == (1, {"shakyo": 1})
