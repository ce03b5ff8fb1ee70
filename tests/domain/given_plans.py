"""Builders for support-plan (支援プラン) tests: plans in a known state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID, uuid4

from domain.case import Case
from domain.personal import Personal
from domain.support_plan import AgencyRole, PlanStatement
from tests.domain.given import INTAKE_AGENCY, WORKER, given_open_case, recorded_on

CREATED_ON = date(2026, 6, 1)
REVISED_ON = date(2026, 7, 1)
MEETING = UUID(int=7)


def a_statement(case: Case, goal: str = "週1回外出する") -> PlanStatement:
    person = case.intake.person_id
    return PlanStatement(
        goals=(Personal(person, goal), Personal(person, "家計を立て直す")),
        roles=(
            AgencyRole("shakyo", Personal(person, "訪問と居場所づくり")),
            AgencyRole("chuo_houkatsu", Personal(person, "母の介護の調整")),
        ),
        direction=Personal(person, "本人のペースで社会参加を目指す"),
        review_on=date(2026, 9, 1),
    )


def create(
    case: Case, project: str = "multi_agency", plan_id: UUID | None = None
) -> UUID:
    plan_id = plan_id or uuid4()
    case.create_plan(
        plan_id=plan_id,
        project=project,
        statement=a_statement(case),
        created_on=CREATED_ON,
        agency=INTAKE_AGENCY,
        recorded_by=WORKER,
        recording=recorded_on(CREATED_ON),
    )
    return plan_id


def revise(case: Case, plan_id: UUID, expected: int | None = None) -> int:
    return case.revise_plan(
        plan_id=plan_id,
        statement=a_statement(case, goal="週2回外出する"),
        revised_on=REVISED_ON,
        agency=INTAKE_AGENCY,
        recorded_by=WORKER,
        recording=recorded_on(REVISED_ON),
        expected_revision=expected,
    )


def approve(
    case: Case, plan_id: UUID, revision: int, day: date = date(2026, 7, 10)
) -> None:
    case.approve_plan(
        plan_id=plan_id,
        revision=revision,
        meeting_id=MEETING,
        approved_on=day,
        recorded_by=WORKER,
        recording=recorded_on(day),
    )


def end(case: Case, plan_id: UUID, day: date = date(2026, 8, 1)) -> None:
    reason = Personal(case.intake.person_id, "目標達成")
    case.end_plan(plan_id, day, reason, WORKER, recorded_on(day))


def given_case_with_plan(revisions: int = 1) -> tuple[Case, UUID]:
    case = given_open_case()
    plan_id = create(case)
    for _ in range(revisions - 1):
        revise(case, plan_id)
    case.collect_events()
    return case, plan_id


def given_ended_plan() -> tuple[Case, UUID]:
    case, plan_id = given_case_with_plan()
    end(case, plan_id)
    case.collect_events()
    return case, plan_id


PLAN_ACTS: dict[str, Callable[[Case, UUID], object]] = {
    "revise": revise,
    "approve": lambda case, plan_id: approve(case, plan_id, 1),
    "end": end,
}


def create_another(case: Case, _plan_id: UUID) -> UUID:
    return create(case)
