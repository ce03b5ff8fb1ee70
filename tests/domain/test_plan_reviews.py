"""Following a plan: the person's agreement, monitoring per goal, evaluation."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.case import Case
from domain.errors import (
    InvalidDateError,
    InvalidEvaluationError,
    InvalidMonitoringError,
    InvalidPlanError,
    NotWorkingOnCaseError,
    PlanEndedError,
    RevisionAlreadyApprovedError,
)
from domain.personal import Personal
from domain.plan_reviews import GoalProgress
from tests.domain.given import INTAKE_AGENCY, RECEIVER, WORKER, recorded_on
from tests.domain.given_plans import given_case_with_plan, revise

REVIEW_ON = date(2026, 9, 1)  # the statement's review date


def agree(case: Case, plan_id: UUID, day: date, how: str = "signed") -> None:
    case.agree_to_plan(
        plan_id=plan_id,
        revision=case.plan(plan_id).latest,
        agreed_on=day,
        how=how,
        agency=INTAKE_AGENCY,
        recorded_by=WORKER,
        recording=recorded_on(day),
    )


def monitor(
    case: Case,
    plan_id: UUID,
    day: date,
    goals: tuple[GoalProgress, ...] | None = None,
    agency: str = INTAKE_AGENCY,
) -> None:
    person = case.intake.person_id
    default = (
        GoalProgress(1, "improving", Personal(person, "週1回の外出ができた")),
        GoalProgress(2, "unchanged", None, Personal(person, "家計相談へつなぐ")),
    )
    case.monitor_plan(
        plan_id=plan_id,
        monitoring_id=uuid4(),
        monitored_on=day,
        agency=agency,
        goals=default if goals is None else goals,
        recorded_by=WORKER,
        recording=recorded_on(day),
    )


def evaluate(
    case: Case,
    plan_id: UUID,
    day: date,
    outcome: str,
    *,
    next_review_on: date | None = None,
    note: str | None = None,
) -> None:
    person = case.intake.person_id
    case.evaluate_plan(
        plan_id=plan_id,
        evaluated_on=day,
        outcome=outcome,
        next_review_on=next_review_on,
        note=None if note is None else Personal(person, note),
        agency=INTAKE_AGENCY,
        recorded_by=WORKER,
        recording=recorded_on(day),
    )


def test_the_person_agrees_to_one_revision_signed_or_orally() -> None:
    case, plan_id = given_case_with_plan()

    agree(case, plan_id, date(2026, 6, 3), "oral")

    (agreed,) = case.collect_events()
    assert isinstance(agreed, Case.PlanAgreed)
    revision = case.plan(plan_id).revision(1)
    assert (revision.agreed_on, revision.agreed_how) == (date(2026, 6, 3), "oral")


def test_an_agreement_is_given_once_per_revision_and_not_before_it() -> None:
    case, plan_id = given_case_with_plan()
    agree(case, plan_id, date(2026, 6, 3))

    with pytest.raises(RevisionAlreadyApprovedError):
        agree(case, plan_id, date(2026, 6, 4))
    with pytest.raises(InvalidPlanError):
        agree(case, plan_id, date(2026, 6, 4), "telepathy")
    revise(case, plan_id)  # revision 2, stated 2026-07-01
    with pytest.raises(InvalidDateError):
        agree(case, plan_id, date(2026, 6, 30))


def test_monitoring_looks_at_goals_by_their_number() -> None:
    case, plan_id = given_case_with_plan()

    monitor(case, plan_id, date(2026, 7, 1))

    (monitored,) = case.collect_events()
    assert isinstance(monitored, Case.PlanMonitored)
    (monitoring,) = case.plan(plan_id).monitorings
    assert [g.goal for g in monitoring.goals] == [1, 2]
    assert monitoring.basis is None


@pytest.mark.parametrize(
    "goals",
    [
        (),
        (GoalProgress(3, "improving"),),
        (GoalProgress(1, "improving"), GoalProgress(1, "worsened")),
        (GoalProgress(1, "sideways"),),
    ],
    ids=["none", "no-such-goal", "goal-twice", "unknown-progress"],
)
def test_a_monitoring_that_does_not_fit_the_plan_is_refused(
    goals: tuple[GoalProgress, ...],
) -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(InvalidMonitoringError):
        monitor(case, plan_id, date(2026, 7, 1), goals)
    assert case.collect_events() == []


def test_monitoring_is_by_an_agency_working_on_the_case_after_the_plan() -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(InvalidPlanError):
        monitor(case, plan_id, date(2026, 5, 20))  # before the plan was made
    with pytest.raises(NotWorkingOnCaseError):
        monitor(case, plan_id, date(2026, 7, 1), agency=RECEIVER)


def test_continuing_moves_the_review_date_and_clears_the_review() -> None:
    case, plan_id = given_case_with_plan()
    assert case.plan(plan_id).is_review_due(date(2026, 9, 2))

    evaluate(
        case, plan_id, date(2026, 9, 3), "continue", next_review_on=date(2026, 12, 1)
    )

    plan = case.plan(plan_id)
    assert plan.review_on == date(2026, 12, 1)
    assert not plan.is_review_due(date(2026, 12, 1))
    assert plan.is_review_due(date(2026, 12, 2))


def test_a_plan_is_due_for_review_once_its_date_passed_unevaluated() -> None:
    case, plan_id = given_case_with_plan()
    plan = case.plan(plan_id)

    assert plan.review_on == REVIEW_ON
    assert not plan.is_review_due(REVIEW_ON)
    assert plan.is_review_due(date(2026, 9, 2))


def test_revising_clears_the_review_until_the_revision_brings_its_own() -> None:
    case, plan_id = given_case_with_plan()

    evaluate(case, plan_id, date(2026, 9, 3), "revise")

    assert not case.plan(plan_id).is_review_due(date(2026, 9, 10))


def test_ending_ends_the_plan_with_the_evaluation_as_its_reason() -> None:
    case, plan_id = given_case_with_plan()

    evaluate(case, plan_id, date(2026, 9, 3), "end", note="目標を達成した")

    evaluated, ended = case.collect_events()
    assert isinstance(evaluated, Case.PlanEvaluated)
    assert isinstance(ended, Case.PlanEnded)
    assert ended.reason.text == "目標を達成した"
    plan = case.plan(plan_id)
    assert plan.ended_on == date(2026, 9, 3)
    assert not plan.is_review_due(date(2026, 12, 1))
    with pytest.raises(PlanEndedError):
        monitor(case, plan_id, date(2026, 9, 4))


@pytest.mark.parametrize(
    ("outcome", "next_review_on", "note"),
    [
        ("continue", None, None),
        ("continue", date(2026, 9, 3), None),
        ("revise", date(2026, 12, 1), None),
        ("end", None, None),
        ("pause", None, None),
    ],
    ids=["continue-no-date", "continue-same-day", "revise-dated", "end-silent", "?"],
)
def test_an_evaluation_whose_outcome_and_date_do_not_fit_is_refused(
    outcome: str, next_review_on: date | None, note: str | None
) -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(InvalidEvaluationError):
        evaluate(
            case,
            plan_id,
            date(2026, 9, 3),
            outcome,
            next_review_on=next_review_on,
            note=note,
        )
    assert case.collect_events() == []
