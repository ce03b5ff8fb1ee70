"""Support plans (支援プラン) of a case and their revisions.

The case's own agency, or an agency working on it under an accepted
referral (e.g. the 多機関協働 operator), makes and revises plans.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from application.cases.forms import PlanForm
from domain.catalogue import Project
from interfaces.http.access import CorrectRecord, WorkOnCase
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Code, IsoDate, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned

router = APIRouter(prefix="/v1/cases/{case_id}/plans", tags=["plans"])


class AgencyRoleRequest(BaseModel):
    agency: Code
    role: Text


class PlanStatementRequest(BaseModel):
    goals: Annotated[list[Text], Field(min_length=1, max_length=20)]
    roles: Annotated[list[AgencyRoleRequest], Field(max_length=20)] = []
    direction: Text
    review_on: IsoDate

    def form(self) -> PlanForm:
        return PlanForm(
            goals=tuple(self.goals),
            roles=tuple((r.agency, r.role) for r in self.roles),
            direction=self.direction,
            review_on=self.review_on,
        )


class CreatePlanRequest(PlanStatementRequest):
    """A support plan (支援プラン) under a 事業; `created_on` defaults to today.

    It rests on an assessment of the case made by then (409
    `assessment_required`) and, under 多機関協働 or 参加支援, on the city's support
    decision (409 `support_decision_required`).
    """

    project: Project
    assessment_id: UUID
    created_on: BusinessDate | None = None


class RevisePlanRequest(PlanStatementRequest):
    """The whole plan restated; `project` is accepted and ignored (never changes).

    `expected_revision` refuses the revision (409 `stale_revision`) when the
    plan was revised since the revision the caller edited.
    """

    project: Project | None = None
    revised_on: BusinessDate | None = None
    expected_revision: Annotated[int, Field(ge=1, le=10_000)] | None = None


class EndPlanRequest(BaseModel):
    ended_on: BusinessDate
    reason: Text


class PlanResponse(BaseModel):
    plan_id: UUID
    revision: int
    version: int


class RevisionResponse(BaseModel):
    plan_id: UUID
    revision: int
    version: int


def plan_ref(case_id: UUID, plan_id: UUID) -> tuple[UUID, UUID]:
    return case_id, plan_id


PlanRef = Annotated[tuple[UUID, UUID], Depends(plan_ref)]


@router.post("", **CREATED)
def create_plan(
    case_id: UUID,
    body: CreatePlanRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> PlanResponse:
    plan_id, version = ledger.create_plan(
        actor,
        case_id,
        project=body.project.value,
        form=body.form(),
        created_on=body.created_on or ledger.today(),
        assessment_id=body.assessment_id,
        expected=v.expected,
    )
    v.set(version)
    return PlanResponse(plan_id=plan_id, revision=1, version=version)


@router.post("/{plan_id}/revisions", **CREATED)
def revise_plan(
    ref: PlanRef,
    body: RevisePlanRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> RevisionResponse:
    """The whole plan restated as the next revision (改訂)."""
    case_id, plan_id = ref
    revision, version = ledger.revise_plan(
        actor,
        case_id,
        plan_id,
        form=body.form(),
        revised_on=body.revised_on or ledger.today(),
        expected_revision=body.expected_revision,
        expected=v.expected,
    )
    v.set(version)
    return RevisionResponse(plan_id=plan_id, revision=revision, version=version)


@router.post("/{plan_id}/end", **NO_CONTENT)
def end_plan(
    ref: PlanRef, body: EndPlanRequest, actor: WorkOnCase, ledger: Ledger, v: Versioned
) -> None:
    version = ledger.end_plan(
        actor, *ref, ended_on=body.ended_on, reason=body.reason, expected=v.expected
    )
    v.set(version)


class VoidPlanRequest(BaseModel):
    """Why the plan is voided (取消の理由): kept under the person's key."""

    reason: Text


@router.post("/{plan_id}/void", **NO_CONTENT)
def void_plan(
    ref: PlanRef,
    body: VoidPlanRequest,
    actor: CorrectRecord,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Void a plan recorded in error (取消), by the agency that made it (R9)."""
    v.set(ledger.void_plan(actor, *ref, reason=body.reason, expected=v.expected))
