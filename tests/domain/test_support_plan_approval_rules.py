"""Rules of approving (承認) and ending (終了) a support plan (支援プラン)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.case import Case
from domain.errors import (
    InvalidPlanError,
    PlanEndedError,
    RevisionAlreadyApprovedError,
    RevisionNotFoundError,
)
from tests.domain.given_plans import (
    MEETING,
    PLAN_ACTS,
    approve,
    end,
    given_case_with_plan,
    given_ended_plan,
)


def test_an_approval_ties_the_meeting_to_one_revision() -> None:
    case, plan_id = given_case_with_plan(revisions=2)

    approve(case, plan_id, 2)

    (approved,) = case.collect_events()
    assert isinstance(approved, Case.PlanApproved)
    assert (approved.revision, approved.meeting_id) == (2, MEETING)
    assert case.plan(plan_id).revision(2).meeting_id == MEETING
    assert case.plan(plan_id).revision(1).meeting_id is None


@pytest.mark.parametrize("revision", [0, 3, -1])
def test_approving_a_revision_that_does_not_exist_is_refused(revision: int) -> None:
    case, plan_id = given_case_with_plan(revisions=2)

    with pytest.raises(RevisionNotFoundError):
        approve(case, plan_id, revision)

    assert case.collect_events() == []


def test_approving_the_same_revision_twice_is_refused() -> None:
    case, plan_id = given_case_with_plan()
    approve(case, plan_id, 1)
    case.collect_events()

    with pytest.raises(RevisionAlreadyApprovedError):
        approve(case, plan_id, 1)

    assert case.collect_events() == []


def test_an_approval_dated_before_its_revision_is_refused() -> None:
    case, plan_id = given_case_with_plan(revisions=2)

    with pytest.raises(InvalidPlanError):
        approve(case, plan_id, 2, day=date(2026, 6, 30))

    assert case.collect_events() == []


def test_ending_a_plan_records_the_date_and_reason() -> None:
    case, plan_id = given_case_with_plan()

    end(case, plan_id)

    (ended,) = case.collect_events()
    assert isinstance(ended, Case.PlanEnded)
    assert ended.ended_on == date(2026, 8, 1)
    assert ended.reason.text == "目標達成"
    assert case.plan(plan_id).ended_on == date(2026, 8, 1)


def test_an_end_dated_before_the_plan_was_created_is_refused() -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(InvalidPlanError):
        end(case, plan_id, day=date(2026, 5, 31))

    assert case.collect_events() == []


@pytest.mark.parametrize("act", list(PLAN_ACTS))
def test_an_ended_plan_refuses_revisions_approvals_and_a_second_end(act: str) -> None:
    case, plan_id = given_ended_plan()

    with pytest.raises(PlanEndedError):
        PLAN_ACTS[act](case, plan_id)

    assert case.collect_events() == []
