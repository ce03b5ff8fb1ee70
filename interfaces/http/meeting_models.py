"""Request and response bodies of the meeting routes (HTTP bodies — contract)."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field

from application.meetings.commands import DisclosureForm, RecordedDisclosure
from domain.meeting import Meeting
from domain.meeting_rules import MeetingKind
from interfaces.http.values import Code, Codes, ShortText, Text


class ConveneMeetingRequest(BaseModel):
    """A 支援会議 or 重層的支援会議 convened by the caller's agency."""

    kind: MeetingKind
    held_on: date
    agencies: Annotated[Codes, Field(min_length=2)]
    case_ids: Annotated[list[UUID], Field(max_length=50)] = []


class MeetingCreatedResponse(BaseModel):
    meeting_id: UUID
    version: int


class AcknowledgeRequest(BaseModel):
    """A member's acknowledgement of confidentiality (守秘義務の確認)."""

    agency: Code
    member_name: ShortText


class DiscloseRequest(BaseModel):
    """What one agency tells the others about a case at the meeting (情報提供)."""

    case_id: UUID
    disclosed_by: Code
    recipients: Annotated[Codes, Field(min_length=1)]
    categories: Annotated[Codes, Field(min_length=1)]
    summary: Text

    def form(self) -> DisclosureForm:
        return DisclosureForm(
            case_id=self.case_id,
            disclosed_by=self.disclosed_by,
            recipients=tuple(self.recipients),
            categories=tuple(self.categories),
            summary=self.summary,
        )


class DisclosureBasis(BaseModel):
    """The consent relied on: the first recipient's, and each recipient's."""

    consent_id: UUID
    consent_ids: dict[str, UUID]


class RecordedDisclosureResponse(BaseModel):
    disclosure_id: UUID
    basis: str | DisclosureBasis = Field(
        description="`social_welfare_act_106_6` in a 支援会議, else the consents"
    )
    version: int

    @classmethod
    def of(cls, recorded: RecordedDisclosure) -> RecordedDisclosureResponse:
        basis: str | DisclosureBasis = recorded.basis
        if recorded.consent_ids:
            first = next(iter(recorded.consent_ids.values()))
            basis = DisclosureBasis(consent_id=first, consent_ids=recorded.consent_ids)
        return cls(
            disclosure_id=recorded.disclosure_id,
            basis=basis,
            version=recorded.version,
        )


class RecordDecisionRequest(BaseModel):
    case_id: UUID
    text: Text


class DecisionResponse(BaseModel):
    decision_id: UUID


class ApprovePlanRequest(BaseModel):
    """Approval (承認) of one revision of a case's plan, at a 重層的支援会議."""

    case_id: UUID
    plan_id: UUID
    revision: Annotated[int, Field(ge=1, le=10_000)]


class CloseMeetingRequest(BaseModel):
    closed_on: date


class MeetingResponse(BaseModel):
    """The record of a meeting, without personal data (no summaries, no texts)."""

    meeting_id: UUID
    version: int
    kind: str
    held_on: date
    convened_by: str
    agencies: list[str]
    case_ids: list[UUID]
    acknowledged: dict[str, int]
    disclosure_ids: list[UUID]
    closed_on: date | None

    @classmethod
    def of(cls, meeting: Meeting) -> MeetingResponse:
        agenda = meeting.agenda
        return cls(
            meeting_id=meeting.id,
            version=meeting.version,
            kind=agenda.kind,
            held_on=agenda.held_on,
            convened_by=agenda.convened_by,
            agencies=list(agenda.agencies),
            case_ids=list(agenda.case_ids),
            acknowledged=dict(meeting.acknowledged),
            disclosure_ids=[UUID(d) for d in meeting.disclosures],
            closed_on=meeting.closed_on,
        )
