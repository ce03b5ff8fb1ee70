"""Assessments (アセスメント) of a case: made, then revised as a whole sheet.

The case's own agency, or one working on it under an accepted referral,
assesses. Areas and choices are codes (GET /v1/assessment-areas); the words
of each area are personal data under the person's key.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from application.cases.forms import FindingForm
from domain.catalogue.assessment_areas import Area
from interfaces.http.access import WorkOnCase
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Code, Text
from interfaces.http.versions import CREATED, Versioned

router = APIRouter(prefix="/v1/cases/{case_id}/assessments", tags=["assessments"])


class FindingRequest(BaseModel):
    """One area of the sheet: the choices ticked, and in words the rest."""

    area: Area
    choices: Annotated[list[Code], Field(max_length=20)] = []
    note: Text | None = None
    about_person_id: UUID | None = None

    def form(self) -> FindingForm:
        return FindingForm(
            self.area.value, tuple(self.choices), self.note, self.about_person_id
        )


class AssessRequest(BaseModel):
    """An assessment (アセスメント); `assessed_on` defaults to today."""

    findings: Annotated[list[FindingRequest], Field(min_length=1, max_length=8)]
    assessed_on: BusinessDate | None = None

    def forms(self) -> tuple[FindingForm, ...]:
        return tuple(f.form() for f in self.findings)


class ReviseAssessmentRequest(AssessRequest):
    """The whole sheet again; `expected_revision` refuses a stale edit (409)."""

    expected_revision: Annotated[int, Field(ge=1, le=10_000)] | None = None


class AssessmentResponse(BaseModel):
    assessment_id: UUID
    revision: int
    version: int


@router.post("", **CREATED)
def assess(
    case_id: UUID,
    body: AssessRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> AssessmentResponse:
    assessment_id, version = ledger.assess(
        actor,
        case_id,
        assessed_on=body.assessed_on or ledger.today(),
        findings=body.forms(),
        expected=v.expected,
    )
    v.set(version)
    return AssessmentResponse(assessment_id=assessment_id, revision=1, version=version)


def assessment_ref(case_id: UUID, assessment_id: UUID) -> tuple[UUID, UUID]:
    return case_id, assessment_id


AssessmentRef = Annotated[tuple[UUID, UUID], Depends(assessment_ref)]


@router.post("/{assessment_id}/revisions", **CREATED)
def revise_assessment(
    ref: AssessmentRef,
    body: ReviseAssessmentRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> AssessmentResponse:
    """The next revision (再アセスメント) of the sheet."""
    case_id, assessment_id = ref
    revision, version = ledger.revise_assessment(
        actor,
        case_id,
        assessment_id,
        assessed_on=body.assessed_on or ledger.today(),
        findings=body.forms(),
        expected_revision=body.expected_revision,
        expected=v.expected,
    )
    v.set(version)
    return AssessmentResponse(
        assessment_id=assessment_id, revision=revision, version=version
    )
