"""Rules of support plans (支援プラン): 事業, statements, numbered revisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.case import Case
from domain.errors import (
    CaseClosedError,
    InvalidPlanError,
    PlanAlreadyExistsError,
    PlanNotFoundError,
    PlanProjectError,
    StaleRevisionError,
)
from domain.personal import Personal
from domain.support_plan import AgencyRole
from tests.domain.given import INTAKE_AGENCY, WORKER, given_open_case, recorded_on
from tests.domain.given_plans import (
    CREATED_ON,
    PLAN_ACTS,
    a_statement,
    create,
    create_another,
    given_case_with_plan,
    given_grounds,
    revise,
)


@pytest.mark.parametrize(
    "project", ["participation_support", "outreach", "multi_agency"]
)
def test_creating_a_plan_records_revision_one_under_its_project(project: str) -> None:
    case = given_open_case()

    plan_id = create(case, project)

    (created,) = case.collect_events()
    assert isinstance(created, Case.PlanCreated)
    assert (created.plan_id, created.project) == (plan_id, project)
    assert created.statement == a_statement(case)
    assert case.plan(plan_id).latest == 1
    assert case.plan(plan_id).revision(1).statement == a_statement(case)


@pytest.mark.parametrize(
    "project",
    ["comprehensive_consultation", "community_building", "support_plan", "other"],
)
def test_a_plan_under_another_project_is_refused(project: str) -> None:
    case = given_open_case()

    with pytest.raises(PlanProjectError):
        create(case, project)

    assert case.collect_events() == []


@pytest.mark.parametrize(
    "change",
    [
        {"goals": ()},
        {"roles": (AgencyRole("shakyo", Personal(UUID(int=1), "a")),) * 2},
        {"roles": (AgencyRole("", Personal(UUID(int=1), "a")),)},
        {"review_on": date(2026, 5, 31)},
    ],
    ids=["no-goals", "agency-twice", "no-agency-code", "review-before-creation"],
)
def test_a_plan_statement_that_does_not_make_sense_is_refused(
    change: dict[str, object],
) -> None:
    case = given_open_case()
    statement = replace(a_statement(case), **change)  # type: ignore[arg-type]

    with pytest.raises(InvalidPlanError):
        case.create_plan(
            plan_id=uuid4(),
            project="outreach",
            statement=statement,
            created_on=CREATED_ON,
            agency=INTAKE_AGENCY,
            assessment_id=given_grounds(case),
            recorded_by=WORKER,
            recording=recorded_on(CREATED_ON),
        )

    assert case.collect_events() == []


def test_a_second_plan_with_the_same_id_is_refused() -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(PlanAlreadyExistsError):
        create(case, plan_id=plan_id)

    assert case.collect_events() == []


def test_revision_numbers_run_one_two_three() -> None:
    case, plan_id = given_case_with_plan()

    numbers = [revise(case, plan_id), revise(case, plan_id)]

    events = case.collect_events()
    assert numbers == [2, 3]
    assert [type(e) for e in events] == [Case.PlanRevised] * 2
    assert [e.revision for e in events if isinstance(e, Case.PlanRevised)] == [2, 3]


def test_each_revision_states_the_whole_plan_and_keeps_the_earlier_ones() -> None:
    case, plan_id = given_case_with_plan()

    revise(case, plan_id)

    (revised,) = case.collect_events()
    assert isinstance(revised, Case.PlanRevised)
    assert revised.statement == a_statement(case, goal="週2回外出する")
    assert case.plan(plan_id).revision(2).statement == revised.statement
    assert case.plan(plan_id).revision(1).statement == a_statement(case)


def test_a_revision_on_top_of_a_stale_revision_is_refused() -> None:
    case, plan_id = given_case_with_plan(revisions=2)

    with pytest.raises(StaleRevisionError):
        revise(case, plan_id, expected=1)

    assert case.collect_events() == []


def test_a_revision_dated_before_the_latest_revision_is_refused() -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(InvalidPlanError):
        case.revise_plan(
            plan_id=plan_id,
            statement=a_statement(case),
            revised_on=date(2026, 5, 31),
            agency=INTAKE_AGENCY,
            recorded_by=WORKER,
            recording=recorded_on(date(2026, 6, 2)),
        )

    assert case.collect_events() == []


def test_a_revision_on_top_of_the_latest_revision_is_accepted() -> None:
    case, plan_id = given_case_with_plan(revisions=2)

    number = revise(case, plan_id, expected=2)

    assert number == 3
    assert [type(e) for e in case.collect_events()] == [Case.PlanRevised]


@pytest.mark.parametrize("act", list(PLAN_ACTS))
def test_an_unknown_plan_is_not_found(act: str) -> None:
    case, _ = given_case_with_plan()

    with pytest.raises(PlanNotFoundError):
        PLAN_ACTS[act](case, UUID(int=1))


@pytest.mark.parametrize("act", ["create", *PLAN_ACTS])
def test_a_closed_case_refuses_every_plan_command(act: str) -> None:
    case, plan_id = given_case_with_plan()
    case.close(
        date(2026, 8, 1),
        None,
        WORKER,
        recorded_on(date(2026, 8, 1)),
        reason_code="goals_reached",
    )
    case.collect_events()
    acts = {**PLAN_ACTS, "create": create_another}

    with pytest.raises(CaseClosedError):
        acts[act](case, plan_id)

    assert case.collect_events() == []
