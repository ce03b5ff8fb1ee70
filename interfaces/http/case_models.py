"""Request and response bodies of the case routes (HTTP bodies — contract)."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field, StringConstraints

from application.cases.forms import ActivityForm, IntakeForm, PersonForm, PlanForm
from domain.catalogue import Field as WelfareField
from domain.catalogue import Project, Route
from domain.catalogue.activities import ActivityKind
from interfaces.http.values import Code, Codes, ShortText, Text

Phone = Annotated[str, StringConstraints(pattern=r"^[0-9+() -]{1,40}$")]


class PersonRequest(BaseModel):
    name: ShortText
    name_kana: ShortText | None = None
    birth_date: date | None = None
    address: ShortText | None = None
    phone: Phone | None = None


class OpenCaseRequest(BaseModel):
    """Intake (相談受付); `intake_agency` must be the caller's agency."""

    intake_agency: Code
    fields: Annotated[list[WelfareField], Field(min_length=1, max_length=4)]
    issues: Codes = []
    projects: Annotated[list[Project], Field(max_length=6)] = []
    route: Route
    opened_on: date
    person: PersonRequest
    household_id: UUID | None = None
    summary: Text

    def form(self) -> IntakeForm:
        p = self.person
        return IntakeForm(
            intake_agency=self.intake_agency,
            fields=tuple(f.value for f in self.fields),
            issues=tuple(self.issues),
            projects=tuple(p.value for p in self.projects),
            route=self.route.value,
            opened_on=self.opened_on,
            person=PersonForm(p.name, p.name_kana, p.birth_date, p.address, p.phone),
            summary=self.summary,
            household_id=self.household_id,
        )


class OpenedCaseResponse(BaseModel):
    case_id: UUID
    person_id: UUID
    version: int


class CloseCaseRequest(BaseModel):
    closed_on: date
    reason: Text | None = None


class ReopenCaseRequest(BaseModel):
    reopened_on: date
    reason: Text | None = None


class RecordActivityRequest(BaseModel):
    """An activity of the caller's own agency (活動記録)."""

    kind: ActivityKind
    project: Project
    occurred_on: date
    note: Text | None = None

    def form(self, agency: str) -> ActivityForm:
        return ActivityForm(
            self.kind.value, self.project.value, agency, self.occurred_on, self.note
        )


class ActivityResponse(BaseModel):
    activity_id: UUID
    version: int


class AgencyRoleRequest(BaseModel):
    agency: Code
    role: Text


class PlanStatementRequest(BaseModel):
    goals: Annotated[list[Text], Field(min_length=1, max_length=20)]
    roles: Annotated[list[AgencyRoleRequest], Field(max_length=20)] = []
    direction: Text
    review_on: date

    def form(self) -> PlanForm:
        return PlanForm(
            goals=tuple(self.goals),
            roles=tuple((r.agency, r.role) for r in self.roles),
            direction=self.direction,
            review_on=self.review_on,
        )


class CreatePlanRequest(PlanStatementRequest):
    """A support plan (支援プラン) under a 事業; `created_on` defaults to today."""

    project: Project
    created_on: date | None = None


class RevisePlanRequest(PlanStatementRequest):
    """The whole plan restated; `project` is accepted and ignored (never changes).

    `expected_revision` refuses the revision (409 `stale_revision`) when the
    plan was revised since the revision the caller edited.
    """

    project: Project | None = None
    revised_on: date | None = None
    expected_revision: Annotated[int, Field(ge=1, le=10_000)] | None = None


class EndPlanRequest(BaseModel):
    ended_on: date
    reason: Text


class PlanResponse(BaseModel):
    plan_id: UUID
    revision: int
    version: int


class RevisionResponse(BaseModel):
    revision: int
    version: int
