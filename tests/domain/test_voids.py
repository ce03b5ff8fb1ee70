"""R9: correct without rewriting: a record is voided, or voided and recorded again."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.activity import Activity
from domain.case import Case
from domain.errors import AlreadyVoidedError, NotRecordingAgencyError
from domain.personal import Personal
from tests.domain.given import INTAKE_AGENCY, WORKER, given_open_case, recorded_on
from tests.domain.given_plans import given_case_with_plan

DAY = date(2026, 6, 3)
AT = recorded_on(DAY)


def given_activity(case: Case) -> Activity:
    activity = Activity(
        uuid4(), "consultation", "comprehensive_consultation", INTAKE_AGENCY, DAY, None
    )
    case.record_activity(activity, WORKER, AT)
    case.collect_events()
    return activity


def why(case: Case) -> Personal:
    return Personal(case.intake.person_id, "誤登録")


def test_a_voided_activity_stays_in_the_case_marked_voided() -> None:
    case = given_open_case()
    activity = given_activity(case)

    case.void_activity(activity.activity_id, INTAKE_AGENCY, why(case), WORKER, AT)

    (voided,) = case.collect_events()
    assert isinstance(voided, Case.ActivityVoided)
    assert case.activity(activity.activity_id).voided_on == DAY


def test_only_the_recording_agency_voids_an_activity() -> None:
    case = given_open_case()
    activity = given_activity(case)

    with pytest.raises(NotRecordingAgencyError):
        case.void_activity(activity.activity_id, "shakyo", why(case), WORKER, AT)


def test_an_activity_is_voided_once() -> None:
    case = given_open_case()
    activity = given_activity(case)
    case.void_activity(activity.activity_id, INTAKE_AGENCY, why(case), WORKER, AT)

    with pytest.raises(AlreadyVoidedError):
        case.void_activity(activity.activity_id, INTAKE_AGENCY, why(case), WORKER, AT)


def test_a_correction_records_the_activity_again_naming_what_it_replaces() -> None:
    case = given_open_case()
    old = given_activity(case)
    case.void_activity(old.activity_id, INTAKE_AGENCY, why(case), WORKER, AT)
    new = Activity(
        uuid4(),
        old.kind,
        old.project,
        old.agency,
        date(2026, 6, 2),
        None,
        replaces=old.activity_id,
    )

    case.record_activity(new, WORKER, AT)

    assert case.activity(new.activity_id).replaces == old.activity_id
    assert [type(e) for e in case.collect_events()] == [
        Case.ActivityVoided,
        Case.ActivityRecorded,
    ]


def test_a_voided_plan_takes_no_more_revisions_and_is_not_live() -> None:
    case, plan_id = given_case_with_plan()

    case.void_plan(plan_id, INTAKE_AGENCY, why(case), WORKER, AT)

    plan = case.plan(plan_id)
    assert (plan.voided_on, plan.is_live) == (DAY, False)
    with pytest.raises(AlreadyVoidedError):
        plan.check_revision(plan.revisions[0].statement, DAY, None)


def test_only_the_agency_that_made_a_plan_voids_it() -> None:
    case, plan_id = given_case_with_plan()

    with pytest.raises(NotRecordingAgencyError):
        case.void_plan(plan_id, "shakyo", why(case), WORKER, AT)
