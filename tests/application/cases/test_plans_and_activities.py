"""Support plans (支援プラン) and activities (活動記録) through both stores."""

from __future__ import annotations

from datetime import date

from application.case_ledger import CaseLedger
from domain.case import Case
from domain.personal import REDACTED_TEXT
from interfaces.config import Settings
from tests.application.given import (
    RECEIVING_WORKER,
    given_erased,
    given_referred_case,
)
from tests.application.given_plans import (
    MEETING,
    a_home_visit,
    a_plan_form,
    given_case_with_plan,
)
from tests.support.clock import TestClock


def test_a_plan_lives_from_creation_to_its_end_and_reads_back_from_storage(
    ledger: CaseLedger, settings: Settings, clock: TestClock
) -> None:
    opened, plan_id = given_case_with_plan(ledger)
    revision, _ = ledger.revise_plan(
        RECEIVING_WORKER,
        opened.case_id,
        plan_id,
        form=a_plan_form(goal="週2回、居場所に通う"),
        revised_on=date(2026, 6, 5),
        expected_revision=1,
    )
    ledger.approve_plan(
        RECEIVING_WORKER,
        opened.case_id,
        plan_id,
        revision=revision,
        meeting_id=MEETING,
        approved_on=date(2026, 6, 10),
    )
    clock.set(date(2027, 3, 1))
    version = ledger.end_plan(
        RECEIVING_WORKER,
        opened.case_id,
        plan_id,
        ended_on=date(2027, 3, 1),
        reason="就労につながり目標を達成",
    )

    fresh = settings.build_ledger()
    plan = fresh.get_case(opened.case_id).plan(plan_id)
    events = [type(e) for e in fresh.events.get(opened.case_id)]
    fresh.close()
    assert events[-4:] == [
        Case.PlanCreated,
        Case.PlanRevised,
        Case.PlanApproved,
        Case.PlanEnded,
    ]
    assert (plan.project, plan.latest, version) == (
        "multi_agency",
        2,
        opened.version + 3,
    )
    assert [g.text for g in plan.revision(2).statement.goals] == [
        "週2回、居場所に通う",
        "家計の見通しを立てる",
    ]
    assert plan.revision(1).statement.goals[0].text == "週1回、居場所に通う"
    assert plan.revision(2).statement.roles[0].agency == "shakyo"
    assert (plan.revision(2).meeting_id, plan.revision(1).meeting_id) == (MEETING, None)
    assert plan.ended_on == date(2027, 3, 1)
    assert plan.end_reason is not None
    assert plan.end_reason.text == "就労につながり目標を達成"


def test_an_activity_is_recorded_and_read_back_from_storage(
    ledger: CaseLedger, settings: Settings
) -> None:
    opened = given_referred_case(ledger)

    activity_id, version = ledger.record_activity(
        RECEIVING_WORKER, opened.case_id, a_home_visit(), expected=opened.version
    )

    fresh = settings.build_ledger()
    activity = fresh.get_case(opened.case_id).activities[str(activity_id)]
    fresh.close()
    assert version == opened.version + 1
    assert (activity.kind, activity.project, activity.agency) == (
        "home_visit",
        "outreach",
        "shakyo",
    )
    assert activity.occurred_on == date(2026, 6, 3)
    assert activity.note is not None
    assert activity.note.text == "玄関先で10分話せた"
    assert activity.basis is not None  # 社協 works on it by its referral
    assert activity.basis.consent_id is not None


def test_erasing_the_person_erases_plan_and_activity_texts_but_not_what_is_counted(
    ledger: CaseLedger, settings: Settings
) -> None:
    opened, plan_id = given_case_with_plan(ledger)
    activity_id, _ = ledger.record_activity(
        RECEIVING_WORKER, opened.case_id, a_home_visit()
    )
    ledger.end_plan(
        RECEIVING_WORKER,
        opened.case_id,
        plan_id,
        ended_on=date(2026, 6, 20),
        reason="転居",
    )

    given_erased(ledger, opened.person_id)

    fresh = settings.build_ledger()  # no key cached: read from the store
    case = fresh.get_case(opened.case_id)
    fresh.close()
    plan, activity = case.plan(plan_id), case.activities[str(activity_id)]
    statement = plan.revision(1).statement
    texts = [*statement.goals, statement.direction, *(r.role for r in statement.roles)]
    assert all(t.erased and t.text == REDACTED_TEXT for t in texts)
    assert plan.end_reason is not None
    assert plan.end_reason.erased
    assert activity.note is not None
    assert activity.note.erased
    assert (plan.project, plan.created_on, plan.ended_on) == (
        "multi_agency",
        date(2026, 6, 1),
        date(2026, 6, 20),
    )
    assert [r.agency for r in statement.roles] == ["shakyo", "fukushi_ka"]
    assert (activity.kind, activity.project) == ("home_visit", "outreach")
    assert activity.occurred_on == date(2026, 6, 3)
