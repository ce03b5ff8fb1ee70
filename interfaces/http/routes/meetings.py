"""Meetings (支援会議・重層的支援会議), run by the convening agency's coordinator.

Convening, reading, acknowledgements of confidentiality, decisions, plan
approvals and closure; disclosures at a meeting are in `disclosures.py`.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from application.meetings.minutes import Minutes
from domain.meeting_rules import MeetingKind
from interfaces.http.access import RunMeeting, allowed, may
from interfaces.http.deps import Ledger
from interfaces.http.values import (
    BusinessDate,
    Code,
    Codes,
    ReadPurpose,
    ShortText,
    Text,
)
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned, tag

router = APIRouter(prefix="/v1/meetings", tags=["meetings"])
Convener = Annotated[Actor, allowed(Action.CONVENE_MEETING)]
Reader = Annotated[Actor, may(Action.READ_MEETING)]


class ConveneMeetingRequest(BaseModel):
    """A 支援会議 or 重層的支援会議 convened by the caller's agency."""

    kind: MeetingKind
    held_on: BusinessDate
    agencies: Annotated[Codes, Field(min_length=2)]
    case_ids: Annotated[list[UUID], Field(max_length=50)] = []


class MeetingCreatedResponse(BaseModel):
    meeting_id: UUID
    version: int


class AcknowledgeRequest(BaseModel):
    """A member's acknowledgement of confidentiality (守秘義務の確認)."""

    agency: Code
    member_name: ShortText


class RecordDecisionRequest(BaseModel):
    case_id: UUID
    text: Text


class DecisionResponse(BaseModel):
    decision_id: UUID
    version: int


class ApprovePlanRequest(BaseModel):
    """Approval (承認) of one revision of a case's plan, at a 重層的支援会議."""

    case_id: UUID
    plan_id: UUID
    revision: Annotated[int, Field(ge=1, le=10_000)]


class CloseMeetingRequest(BaseModel):
    closed_on: BusinessDate


@router.post("", **CREATED)
def convene_meeting(
    body: ConveneMeetingRequest, actor: Convener, ledger: Ledger, response: Response
) -> MeetingCreatedResponse:
    b = body
    meeting_id = ledger.convene_meeting(
        actor, b.kind.value, b.held_on, tuple(b.agencies), tuple(b.case_ids)
    )
    tag(response, 1)
    return MeetingCreatedResponse(meeting_id=meeting_id, version=1)


@router.get("/{meeting_id}")
def read_meeting(
    meeting_id: UUID,
    actor: Reader,
    ledger: Ledger,
    response: Response,
    purpose: ReadPurpose = "meeting",
) -> Minutes:
    """The meeting and its minutes (会議録), as far as the reader is entitled."""
    minutes = ledger.read_meeting(actor, meeting_id, purpose)
    tag(response, minutes.version)
    return minutes


@router.post("/{meeting_id}/acknowledgements", **NO_CONTENT)
def acknowledge_confidentiality(
    meeting_id: UUID,
    body: AcknowledgeRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> None:
    version = ledger.acknowledge_confidentiality(
        actor, meeting_id, body.agency, body.member_name, expected=v.expected
    )
    v.set(version)


@router.post("/{meeting_id}/decisions", **CREATED)
def record_decision(
    meeting_id: UUID,
    body: RecordDecisionRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> DecisionResponse:
    """A decision about a case on the agenda (決定事項), heard by every member.

    At a 重層的支援会議 a consent must cover every member but the case's own
    agency (403 `consent_required`); at a 支援会議 every member must have
    acknowledged confidentiality (403 `confidentiality_not_acknowledged`).
    """
    decision_id, version = ledger.record_decision(
        actor, meeting_id, body.case_id, body.text, expected=v.expected
    )
    v.set(version)
    return DecisionResponse(decision_id=decision_id, version=version)


@router.post("/{meeting_id}/plan-approvals", **NO_CONTENT)
def approve_plan(
    meeting_id: UUID,
    body: ApprovePlanRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Approval of a plan revision, kept on meeting and case; the meeting's ETag.

    Only at a 重層的支援会議, with a consent covering every member but the
    case's own agency (403 `consent_required`).
    """
    b = body
    version = ledger.approve_plan_at_meeting(
        actor, meeting_id, b.case_id, b.plan_id, b.revision, expected=v.expected
    )
    v.set(version)


@router.post("/{meeting_id}/close", **NO_CONTENT)
def close_meeting(
    meeting_id: UUID,
    body: CloseMeetingRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> None:
    v.set(ledger.close_meeting(actor, meeting_id, body.closed_on, expected=v.expected))
