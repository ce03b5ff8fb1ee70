"""Builders for support-plan (支援プラン) tests: plans in a known state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID, uuid4

from domain.assessment import Finding
from domain.case import Case
from domain.personal import Personal
from domain.support_plan import AgencyRole, PlanStatement
from tests.domain.given import (
    INTAKE_AGENCY,
    WORKER,
    a_consent,
    given_open_case,
    recorded_on,
)

ASSESSED_ON = date(2026, 5, 25)
CREATED_ON = date(2026, 6, 1)
CITY_SECTION = "fukushi_ka"
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


def given_grounds(case: Case) -> UUID:
    """An assessment, and the city's support decision, before the plan is made.

    The decision rests on a consent letting the city section learn of the
    case; their events are collected, so a test sees only the plan's.
    """
    if case.assessments:
        return next(iter(case.assessments.values())).assessment_id
    assessment_id = uuid4()
    case.assess(
        assessment_id=assessment_id,
        assessed_on=ASSESSED_ON,
        agency=INTAKE_AGENCY,
        findings=a_sheet(case),
        recorded_by=WORKER,
        recording=recorded_on(ASSESSED_ON),
    )
    if case.support_decision is None and not case.is_closed:
        consent = a_consent(
            case, agencies=(CITY_SECTION,), purposes=("information_sharing",)
        )
        case.grant_consent(consent, WORKER, recorded_on(ASSESSED_ON))
        decide(case)
    case.collect_events()
    return assessment_id


def a_sheet(case: Case) -> tuple[Finding, ...]:
    person = case.intake.person_id
    return (
        Finding("person", ("wants_support",), Personal(person, "外に出たい")),
        Finding("health", ("untreated",), Personal(person, "長く受診していない")),
        Finding("household", ("parent_and_adult_child",)),
        Finding("problems", ("8050", "hikikomori")),
    )


def decide(case: Case, day: date = ASSESSED_ON) -> None:
    case.decide_support(
        decided_on=day,
        agency=CITY_SECTION,
        meeting_id=None,
        recorded_by="user-city",
        recording=recorded_on(day),
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
        assessment_id=given_grounds(case),
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
