"""Support-plan and activity operations for the replay property test."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import UUID, uuid4

from hypothesis import strategies as st

from domain.activity import Activity
from domain.assessment import Finding
from domain.case import Case
from domain.catalogue.activities import ActivityKind
from domain.catalogue.projects import Project
from domain.personal import Personal
from domain.plan_reviews import GoalProgress
from domain.recording import Recording
from domain.support_plan import AgencyRole, PlanStatement
from tests.domain.given import recorded_on

START = date(2026, 5, 12)  # the day the property test's cases are opened
BY = "prop"
PLAN_PROJECTS = ("participation_support", "outreach", "multi_agency", "outreach_x")
KINDS = (*(k.value for k in ActivityKind), "tea_party")
PROJECTS = tuple(p.value for p in Project)

days = st.integers(min_value=-3, max_value=200)  # some before opening
workers = st.sampled_from(("chuo_houkatsu", "shakyo"))  # the owner, or not
plan_ops = (
    st.tuples(st.just("plan"), st.sampled_from(PLAN_PROJECTS), days, days, workers),
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
        st.just("activity"),
        st.sampled_from(KINDS),
        st.sampled_from(PROJECTS),
        days,
        workers,
    ),
    st.tuples(st.just("void_activity"), st.integers(0, 5), workers),
    st.tuples(st.just("void_plan"), st.integers(0, 5), workers),
    st.tuples(st.just("assess"), days, workers, st.booleans()),
    st.tuples(st.just("decide"), days),
    st.tuples(st.just("agree"), st.integers(0, 5), st.integers(1, 3), days),
    st.tuples(st.just("monitor"), st.integers(0, 5), st.integers(1, 3), days),
    st.tuples(
        st.just("evaluate"),
        st.integers(0, 5),
        st.sampled_from(("continue", "revise", "end")),
        days,
        st.none() | st.integers(1, 120),
    ),
)
PLAN_OPS = frozenset(
    {
        "plan",
        "revise",
        "approve",
        "end",
        "activity",
        "void_activity",
        "void_plan",
        "assess",
        "decide",
        "agree",
        "monitor",
        "evaluate",
    }
)


class Timeline:
    """Acts are recorded in order: on their own day, or later once time moved on."""

    def __init__(self, start: date = START) -> None:
        self.day = start

    def at(self, business_day: date) -> Recording:
        self.day = max(self.day, business_day)
        return recorded_on(self.day)


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


def _plan(  # noqa: PLR0917
    case: Case, t: Timeline, project: str, on: int, review_after: int, agency: str
) -> None:
    statement = _statement(case, on, review_after)
    assessments = list(case.assessments)
    case.create_plan(
        plan_id=uuid4(),
        project=project,
        statement=statement,
        created_on=_day(on),
        agency=agency,
        assessment_id=UUID(assessments[0]) if assessments else uuid4(),
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def _revise(  # noqa: PLR0917
    case: Case, t: Timeline, index: int, expected: int | None, on: int, rev: int
) -> None:
    case.revise_plan(
        plan_id=_plan_id(case, index),
        statement=_statement(case, on, rev),
        revised_on=_day(on),
        agency="chuo_houkatsu",
        recorded_by=BY,
        recording=t.at(_day(on)),
        expected_revision=expected,
    )


def _approve(case: Case, t: Timeline, index: int, revision: int, on: int) -> None:
    case.approve_plan(
        plan_id=_plan_id(case, index),
        revision=revision,
        meeting_id=uuid4(),
        approved_on=_day(on),
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def _end(case: Case, t: Timeline, index: int, on: int) -> None:
    reason = Personal(case.intake.person_id, "終了")
    case.end_plan(_plan_id(case, index), _day(on), reason, BY, t.at(_day(on)))


def _activity(  # noqa: PLR0917
    case: Case, t: Timeline, kind: str, project: str, on: int, agency: str
) -> None:
    note = Personal(case.intake.person_id, "記録")
    activity = Activity(uuid4(), kind, project, agency, _day(on), note)
    case.record_activity(activity, BY, t.at(_day(on)))


def _void_activity(case: Case, t: Timeline, index: int, agency: str) -> None:
    ids = list(case.activities)
    activity_id = UUID(ids[index % len(ids)]) if ids else uuid4()
    reason = Personal(case.intake.person_id, "誤登録")
    case.void_activity(activity_id, agency, reason, BY, t.at(t.day))


def _void_plan(case: Case, t: Timeline, index: int, agency: str) -> None:
    reason = Personal(case.intake.person_id, "誤登録")
    case.void_plan(_plan_id(case, index), agency, reason, BY, t.at(t.day))


def _assess(case: Case, t: Timeline, on: int, agency: str, again: bool) -> None:
    person = case.intake.person_id
    findings = (Finding("person", ("wants_support",), Personal(person, "希望")),)
    if again and case.assessments:
        case.revise_assessment(
            assessment_id=UUID(next(iter(case.assessments))),
            assessed_on=_day(on),
            agency=agency,
            findings=findings,
            recorded_by=BY,
            recording=t.at(_day(on)),
        )
        return
    case.assess(
        assessment_id=uuid4(),
        assessed_on=_day(on),
        agency=agency,
        findings=findings,
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def _decide(case: Case, t: Timeline, on: int) -> None:
    case.decide_support(
        decided_on=_day(on),
        agency="fukushi_ka",
        meeting_id=None,
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def _agree(case: Case, t: Timeline, index: int, revision: int, on: int) -> None:
    case.agree_to_plan(
        plan_id=_plan_id(case, index),
        revision=revision,
        agreed_on=_day(on),
        how="signed",
        agency="chuo_houkatsu",
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def _monitor(case: Case, t: Timeline, index: int, goal: int, on: int) -> None:
    progress = GoalProgress(goal, "improving", Personal(case.intake.person_id, "変化"))
    case.monitor_plan(
        plan_id=_plan_id(case, index),
        monitoring_id=uuid4(),
        monitored_on=_day(on),
        agency="chuo_houkatsu",
        goals=(progress,),
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def _evaluate(  # noqa: PLR0917
    case: Case, t: Timeline, index: int, outcome: str, on: int, later: int | None
) -> None:
    case.evaluate_plan(
        plan_id=_plan_id(case, index),
        evaluated_on=_day(on),
        outcome=outcome,
        next_review_on=None if later is None else _day(on + later),
        note=Personal(case.intake.person_id, "評価"),
        agency="chuo_houkatsu",
        recorded_by=BY,
        recording=t.at(_day(on)),
    )


def apply_plan_op(case: Case, timeline: Timeline, op: tuple[Any, ...]) -> None:
    name, *args = op
    handlers: dict[str, Any] = {
        "plan": _plan,
        "revise": _revise,
        "approve": _approve,
        "end": _end,
        "activity": _activity,
        "void_activity": _void_activity,
        "void_plan": _void_plan,
        "assess": _assess,
        "decide": _decide,
        "agree": _agree,
        "monitor": _monitor,
        "evaluate": _evaluate,
    }
    handlers[name](case, timeline, *args)
