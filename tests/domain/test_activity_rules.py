"""Rules of activities (活動記録): known kinds, their 事業, and their dates."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.activity import Activity
from domain.case import Case
from domain.catalogue.activities import ACTIVITY_PROJECTS, ActivityKind
from domain.catalogue.projects import Project
from domain.errors import (
    ActivityAlreadyRecordedError,
    ActivityProjectError,
    CaseClosedError,
    InvalidDateError,
    UnknownActivityKindError,
)
from domain.personal import Personal
from tests.domain.given import (
    INTAKE_AGENCY,
    OPENED_ON,
    WORKER,
    given_open_case,
    recorded_on,
)

FREE_KINDS = [k for k in ActivityKind if k not in ACTIVITY_PROJECTS]


def an_activity(
    case: Case,
    kind: str = "home_visit",
    project: str = "outreach",
    *,
    day: date = date(2026, 6, 3),
    activity_id: UUID | None = None,
    agency: str = INTAKE_AGENCY,
) -> Activity:
    return Activity(
        activity_id=activity_id or uuid4(),
        kind=kind,
        project=project,
        agency=agency,
        occurred_on=day,
        note=Personal(case.intake.person_id, "玄関先で5分ほど話せた"),
    )


def record(case: Case, activity: Activity) -> None:
    """Record the activity on the day it happened."""
    case.record_activity(activity, WORKER, recorded_on(activity.occurred_on))


def test_recording_an_activity_emits_its_kind_project_agency_and_date() -> None:
    case = given_open_case()
    activity = an_activity(case)

    record(case, activity)

    (recorded,) = case.collect_events()
    assert isinstance(recorded, Case.ActivityRecorded)
    assert recorded.activity_id == activity.activity_id
    assert (recorded.kind, recorded.project, recorded.agency) == (
        "home_visit",
        "outreach",
        INTAKE_AGENCY,
    )
    assert recorded.occurred_on == date(2026, 6, 3)
    assert recorded.note == activity.note
    assert recorded.basis is None  # the case's own agency needs no basis
    assert case.activities[str(activity.activity_id)] == activity


def test_an_unknown_kind_of_activity_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(UnknownActivityKindError):
        record(case, an_activity(case, kind="tea_party"))

    assert case.collect_events() == []


def test_an_activity_under_an_unknown_project_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(ActivityProjectError):
        record(case, an_activity(case, project="gardening"))

    assert case.collect_events() == []


@pytest.mark.parametrize(
    ("kind", "project"),
    [
        (kind, other)
        for kind, fixed in ACTIVITY_PROJECTS.items()
        for other in Project
        if other is not fixed
    ],
)
def test_a_kind_recorded_under_a_project_it_does_not_belong_to_is_refused(
    kind: ActivityKind, project: Project
) -> None:
    case = given_open_case()

    with pytest.raises(ActivityProjectError):
        record(case, an_activity(case, kind, project))

    assert case.collect_events() == []


@pytest.mark.parametrize(("kind", "project"), list(ACTIVITY_PROJECTS.items()))
def test_a_kind_fixed_to_a_project_is_recorded_under_it(
    kind: ActivityKind, project: Project
) -> None:
    case = given_open_case()

    record(case, an_activity(case, kind.value, project.value))

    assert [type(e) for e in case.collect_events()] == [Case.ActivityRecorded]


@pytest.mark.parametrize("project", list(Project))
@pytest.mark.parametrize("kind", FREE_KINDS)
def test_a_kind_the_plan_does_not_fix_is_recorded_under_any_project(
    kind: ActivityKind, project: Project
) -> None:
    case = given_open_case()

    record(case, an_activity(case, kind.value, project.value))

    assert [type(e) for e in case.collect_events()] == [Case.ActivityRecorded]


def test_an_activity_dated_before_the_case_was_opened_is_refused() -> None:
    case = given_open_case()

    with pytest.raises(InvalidDateError, match="opening"):
        record(case, an_activity(case, day=date(2026, 5, 11)))

    assert case.collect_events() == []


def test_an_activity_on_the_day_the_case_was_opened_is_recorded() -> None:
    case = given_open_case()

    record(case, an_activity(case, day=OPENED_ON))

    assert [type(e) for e in case.collect_events()] == [Case.ActivityRecorded]


def test_the_same_activity_is_not_recorded_twice() -> None:
    case = given_open_case()
    activity_id = uuid4()
    record(case, an_activity(case, activity_id=activity_id))
    case.collect_events()

    with pytest.raises(ActivityAlreadyRecordedError):
        record(case, an_activity(case, activity_id=activity_id))

    assert case.collect_events() == []


def test_a_closed_case_refuses_activities() -> None:
    case = given_open_case()
    case.close(
        date(2026, 8, 1),
        None,
        WORKER,
        recorded_on(date(2026, 8, 1)),
        reason_code="goals_reached",
    )
    case.collect_events()

    with pytest.raises(CaseClosedError):
        record(case, an_activity(case))

    assert case.collect_events() == []


def test_every_kind_of_activity_has_a_japanese_label() -> None:
    labels = {kind: kind.label_ja for kind in ActivityKind}

    assert labels[ActivityKind.RIGHTS_ADVOCACY] == "❸権利擁護"
    assert all(labels.values())
    assert len(set(labels.values())) == len(ActivityKind)
