"""Support-plan and activity operations for the replay property test."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import UUID, uuid4

from hypothesis import strategies as st

from domain.activity import Activity
from domain.case import Case
from domain.catalogue.activities import ActivityKind
from domain.catalogue.projects import Project
from domain.personal import Personal
from domain.support_plan import AgencyRole, PlanStatement

START = date(2026, 5, 12)  # the day the property test's cases are opened
BY = "prop"
PLAN_PROJECTS = ("participation_support", "outreach", "multi_agency", "outreach_x")
KINDS = (*(k.value for k in ActivityKind), "tea_party")
PROJECTS = tuple(p.value for p in Project)

days = st.integers(min_value=-3, max_value=200)  # some before opening
plan_ops = (
    st.tuples(st.just("plan"), st.sampled_from(PLAN_PROJECTS), days, days),
    st.tuples(
        st.just("revise"),
        st.integers(0, 5),
        st.none() | st.integers(1, 3),
        days,
        days,
    ),
    st.tuples(st.just("approve"), st.integers(0, 5), st.integers(0, 3), days),
    st.tuples(st.just("end"), st.integers(0, 5), days),
    st.tuples(
        st.just("activity"), st.sampled_from(KINDS), st.sampled_from(PROJECTS), days
    ),
)
PLAN_OPS = frozenset({"plan", "revise", "approve", "end", "activity"})


def _day(offset: int) -> date:
    return START + timedelta(offset)


def _plan_id(case: Case, index: int) -> UUID:
    ids = list(case.plans)
    return UUID(ids[index % len(ids)]) if ids else uuid4()


def _statement(case: Case, on: int, review_after: int) -> PlanStatement:
    person = case.intake.person_id
    return PlanStatement(
        goals=(Personal(person, "外出する"),),
        roles=(AgencyRole("shakyo", Personal(person, "訪問")),),
        direction=Personal(person, "方針"),
        review_on=_day(on + review_after),
    )


def _plan(case: Case, project: str, on: int, review_after: int) -> None:
    statement = _statement(case, on, review_after)
    case.create_plan(
        plan_id=uuid4(),
        project=project,
        statement=statement,
        created_on=_day(on),
        recorded_by=BY,
    )


def _revise(case: Case, index: int, expected: int | None, on: int, rev: int) -> None:
    case.revise_plan(
        plan_id=_plan_id(case, index),
        statement=_statement(case, on, rev),
        revised_on=_day(on),
        recorded_by=BY,
        expected_revision=expected,
    )


def _approve(case: Case, index: int, revision: int, on: int) -> None:
    case.approve_plan(
        plan_id=_plan_id(case, index),
        revision=revision,
        meeting_id=uuid4(),
        approved_on=_day(on),
        recorded_by=BY,
    )


def _end(case: Case, index: int, on: int) -> None:
    reason = Personal(case.intake.person_id, "終了")
    case.end_plan(_plan_id(case, index), _day(on), reason, BY)


def _activity(case: Case, kind: str, project: str, on: int) -> None:
    note = Personal(case.intake.person_id, "記録")
    activity = Activity(uuid4(), kind, project, "shakyo", _day(on), note)
    case.record_activity(activity, BY)


def apply_plan_op(case: Case, op: tuple[Any, ...]) -> None:
    name, *args = op
    handlers: dict[str, Any] = {
        "plan": _plan,
        "revise": _revise,
        "approve": _approve,
        "end": _end,
        "activity": _activity,
    }
    handlers[name](case, *args)
