"""Assessments (アセスメント): area by area, revisable, and what a plan rests on."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.assessment import Finding
from domain.case import Case
from domain.errors import (
    AssessmentRequiredError,
    CaseClosedError,
    InvalidAssessmentError,
    InvalidDateError,
    NotWorkingOnCaseError,
    StaleRevisionError,
    SupportDecisionRequiredError,
)
from domain.personal import Personal
from tests.domain.given import (
    INTAKE_AGENCY,
    OPENED_ON,
    RECEIVER,
    WORKER,
    given_open_case,
    recorded_on,
)
from tests.domain.given_plans import (
    ASSESSED_ON,
    CREATED_ON,
    a_sheet,
    a_statement,
)


def assess(
    case: Case,
    findings: tuple[Finding, ...] | None = None,
    day: date = ASSESSED_ON,
    agency: str = INTAKE_AGENCY,
) -> UUID:
    assessment_id = uuid4()
    case.assess(
        assessment_id=assessment_id,
        assessed_on=day,
        agency=agency,
        findings=a_sheet(case) if findings is None else findings,
        recorded_by=WORKER,
        recording=recorded_on(day),
    )
    return assessment_id


def revise(
    case: Case, assessment_id: UUID, day: date, expected: int | None = None
) -> int:
    person = case.intake.person_id
    findings = (Finding("person", ("undecided",), Personal(person, "迷いがある")),)
    return case.revise_assessment(
        assessment_id=assessment_id,
        assessed_on=day,
        agency=INTAKE_AGENCY,
        findings=findings,
        recorded_by=WORKER,
        recording=recorded_on(day),
        expected_revision=expected,
    )


def test_an_assessment_records_its_areas_as_revision_one() -> None:
    case = given_open_case()

    assessment_id = assess(case)

    (recorded,) = case.collect_events()
    assert isinstance(recorded, Case.AssessmentRecorded)
    assert recorded.findings == a_sheet(case)
    assert recorded.basis is None  # the case's own agency
    assessment = case.assessment(assessment_id)
    assert assessment.latest.number == 1
    assert assessment.first_made_on == ASSESSED_ON


def test_a_revision_restates_the_whole_sheet_and_keeps_the_first() -> None:
    case = given_open_case()
    assessment_id = assess(case)

    number = revise(case, assessment_id, date(2026, 6, 10), expected=1)

    assert number == 2
    assessment = case.assessment(assessment_id)
    assert [r.number for r in assessment.revisions] == [1, 2]
    assert assessment.as_of(date(2026, 6, 1)) == assessment.revisions[0]
    assert assessment.as_of(date(2026, 6, 10)) == assessment.revisions[1]
    assert assessment.as_of(date(2026, 5, 1)) is None


def test_a_revision_on_a_stale_revision_or_dated_earlier_is_refused() -> None:
    case = given_open_case()
    assessment_id = assess(case)
    revise(case, assessment_id, date(2026, 6, 10))
    case.collect_events()

    with pytest.raises(StaleRevisionError):
        revise(case, assessment_id, date(2026, 6, 11), expected=1)
    with pytest.raises(InvalidAssessmentError):
        revise(case, assessment_id, date(2026, 6, 9))
    assert case.collect_events() == []


@pytest.mark.parametrize(
    "findings",
    [
        (),
        (Finding("astrology", ("x",)),),
        (Finding("health", ("flying",)),),
        (Finding("health", ("untreated",)), Finding("health", ("in_treatment",))),
        (Finding("strengths"),),
    ],
    ids=["empty", "unknown-area", "unknown-choice", "area-twice", "area-empty"],
)
def test_a_sheet_that_does_not_fit_the_areas_is_refused(
    findings: tuple[Finding, ...],
) -> None:
    case = given_open_case()

    with pytest.raises(InvalidAssessmentError):
        assess(case, findings)

    assert case.collect_events() == []


def test_an_assessment_is_not_dated_before_the_case_opened() -> None:
    case = given_open_case()

    before_opening = date(2026, 5, 1)
    assert before_opening < OPENED_ON

    with pytest.raises(InvalidDateError):
        assess(case, day=before_opening)


def test_an_agency_not_working_on_the_case_does_not_assess_it() -> None:
    case = given_open_case()

    with pytest.raises(NotWorkingOnCaseError):
        assess(case, agency=RECEIVER)


def test_a_closed_case_takes_no_assessment() -> None:
    case = given_open_case()
    case.close(
        date(2026, 5, 20),
        None,
        WORKER,
        recorded_on(date(2026, 5, 20)),
        reason_code="moved_away",
    )

    with pytest.raises(CaseClosedError):
        assess(case, day=date(2026, 5, 21))


def create(case: Case, assessment_id: UUID, project: str = "outreach") -> None:
    case.create_plan(
        plan_id=uuid4(),
        project=project,
        statement=a_statement(case),
        created_on=CREATED_ON,
        agency=INTAKE_AGENCY,
        assessment_id=assessment_id,
        recorded_by=WORKER,
        recording=recorded_on(CREATED_ON),
    )


def test_a_plan_names_the_assessment_it_rests_on() -> None:
    case = given_open_case()
    assessment_id = assess(case)

    create(case, assessment_id)

    created = case.collect_events()[-1]
    assert isinstance(created, Case.PlanCreated)
    assert created.assessment_id == assessment_id


def test_a_plan_on_no_assessment_or_a_later_one_is_refused() -> None:
    case = given_open_case()
    later = assess(case, day=date(2026, 6, 5))
    case.collect_events()

    with pytest.raises(AssessmentRequiredError):
        create(case, uuid4())
    with pytest.raises(AssessmentRequiredError):
        create(case, later)
    assert case.collect_events() == []


@pytest.mark.parametrize("project", ["multi_agency", "participation_support"])
def test_a_plan_under_these_projects_needs_the_support_decision_first(
    project: str,
) -> None:
    case = given_open_case()
    assessment_id = assess(case)

    with pytest.raises(SupportDecisionRequiredError):
        create(case, assessment_id, project)


def test_an_outreach_plan_needs_no_support_decision() -> None:
    case = given_open_case()

    create(case, assess(case), "outreach")

    assert case.support_decision is None
    assert len(case.plans) == 1
