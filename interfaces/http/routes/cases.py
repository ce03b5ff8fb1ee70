"""The case (支援ケース): intake, its current state, closure and reopening."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, Field, StringConstraints, model_validator

from application.access.actor import Actor
from application.access.policy import Action, Facts, authorise
from application.cases.forms import HouseholdChoice, IntakeForm, PersonForm
from application.cases.view import CaseView
from domain.catalogue import Field as WelfareField
from domain.catalogue import Project, Route
from domain.catalogue.relationships import Relationship
from domain.catalogue.support_cycle import ClosureReason
from interfaces.http.access import ManageCase, marked, may
from interfaces.http.auth import Caller
from interfaces.http.deps import Ledger
from interfaces.http.read_models import Views
from interfaces.http.routes.statistics import ProfileRequest
from interfaces.http.values import (
    BusinessDate,
    Code,
    Codes,
    IsoDate,
    ReadPurpose,
    ShortText,
    Text,
)
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned, tag
from interfaces.person_cases import person_cases

router = APIRouter(prefix="/v1/cases", tags=["cases"])

Phone = Annotated[str, StringConstraints(pattern=r"^[0-9+() -]{1,40}$")]


class PersonRequest(BaseModel):
    name: ShortText
    name_kana: ShortText | None = None
    birth_date: IsoDate | None = None
    address: ShortText | None = None
    phone: Phone | None = None

    def form(self) -> PersonForm:
        return PersonForm(
            self.name, self.name_kana, self.birth_date, self.address, self.phone
        )


class HouseholdChoiceRequest(BaseModel):
    """The household (世帯) the case concerns: join one, or form a new one.

    Without `household_id` a new household is formed, kept by the intake
    agency; with it, the person joins that household (404 if the caller's
    agency may not know of it, R11). `relationship` is the person's 続柄 to
    the household's head (GET /v1/relationships).
    """

    household_id: UUID | None = None
    relationship: Relationship

    def choice(self) -> HouseholdChoice:
        return HouseholdChoice(self.relationship.value, self.household_id)


class OpenCaseRequest(BaseModel):
    """Intake (相談受付); `intake_agency` must be the caller's agency.

    The person is new (`person`) or already held (`person_id`, one whose case
    the caller's agency holds). A new person matching someone held by カナ
    name and birth date is answered 409 `possible_duplicate` unless
    `confirm_new_person` is true.
    """

    intake_agency: Code
    fields: Annotated[list[WelfareField], Field(min_length=1, max_length=4)]
    issues: Codes = []
    projects: Annotated[list[Project], Field(max_length=6)] = []
    route: Route
    opened_on: BusinessDate
    person: PersonRequest | None = None
    person_id: UUID | None = None
    confirm_new_person: bool = False
    household: HouseholdChoiceRequest | None = None
    summary: Text
    profile: ProfileRequest = ProfileRequest()

    @model_validator(mode="before")
    @classmethod
    def _household_named_with_its_relationship(cls, data: Any) -> Any:
        """The unchecked `household_id` of before is refused, not ignored."""
        if isinstance(data, dict) and data.get("household_id") is not None:
            raise ValueError(
                "household_id alone is not accepted: give household "
                "{household_id, relationship}"
            )
        return data

    def form(self) -> IntakeForm:
        return IntakeForm(
            intake_agency=self.intake_agency,
            fields=tuple(f.value for f in self.fields),
            issues=tuple(self.issues),
            projects=tuple(p.value for p in self.projects),
            route=self.route.value,
            opened_on=self.opened_on,
            person=None if self.person is None else self.person.form(),
            summary=self.summary,
            household=None if self.household is None else self.household.choice(),
            person_id=self.person_id,
            confirm_new_person=self.confirm_new_person,
            profile=self.profile.profile(),
        )


class OpenedCaseResponse(BaseModel):
    case_id: UUID
    person_id: UUID
    version: int


class CloseCaseRequest(BaseModel):
    """終結: a coded reason (GET /v1/support-cycle), and words if wanted."""

    closed_on: BusinessDate
    reason_code: ClosureReason
    reason: Text | None = None


class ReopenCaseRequest(BaseModel):
    reopened_on: BusinessDate
    reason: Text | None = None


def intake_worker(body: OpenCaseRequest, caller: Caller, ledger: Ledger) -> Actor:
    authorise(caller, Action.OPEN_CASE, Facts(agency=body.intake_agency))
    joined = body.household.household_id if body.household else None
    if joined is not None:  # the household must be one the caller may know of
        ledger.authorise_household(caller, Action.READ_HOUSEHOLD, joined)
    return caller


Reader = Annotated[Actor, may(Action.READ_CASE)]
IntakeWorker = Annotated[Actor, Depends(marked(Action.OPEN_CASE, intake_worker))]


# A `person_id` the caller may not know of answers 404, as an unknown one (R11).
INTAKE_ANSWERS = {**CREATED, "responses": {**CREATED["responses"], 404: {}}}


@router.post("", **INTAKE_ANSWERS)
def open_case(
    body: OpenCaseRequest,
    actor: IntakeWorker,
    ledger: Ledger,
    views: Views,
    response: Response,
) -> OpenedCaseResponse:
    """Intake at the caller's own window; answers the ids and version 1."""
    opened = ledger.open_case(actor, body.form(), person_cases(views, actor))
    tag(response, opened.version)
    return OpenedCaseResponse(**vars(opened))


@router.get("/{case_id}")
def read_case(
    case_id: UUID,
    actor: Reader,
    ledger: Ledger,
    response: Response,
    purpose: ReadPurpose = "case_work",
) -> CaseView:
    """The current state, as this caller may see it; the read is logged first."""
    view = ledger.read_case(actor, case_id, purpose)
    tag(response, view.version)
    return view  # the application's view is the response: one shape, one place


@router.post("/{case_id}/close", **NO_CONTENT)
def close_case(
    case_id: UUID,
    body: CloseCaseRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    version = ledger.close_case(
        actor,
        case_id,
        body.closed_on,
        body.reason,
        v.expected,
        reason_code=body.reason_code.value,
    )
    v.set(version)


@router.post("/{case_id}/reopen", **NO_CONTENT)
def reopen_case(
    case_id: UUID,
    body: ReopenCaseRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    v.set(ledger.reopen_case(actor, case_id, body.reopened_on, body.reason, v.expected))
