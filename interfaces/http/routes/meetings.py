"""Meetings (支援会議・重層的支援会議), run by the convening agency's coordinator.

A disclosure in a 重層的支援会議 needs a consent covering every recipient
(403 `consent_required`); in a 支援会議 every recipient must first have
acknowledged confidentiality (403 `confidentiality_not_acknowledged`).
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Response

from application.access.actor import Actor
from application.access.policy import Action
from application.meetings.minutes import Minutes
from interfaces.http.access import RunMeeting, allowed, may
from interfaces.http.deps import Ledger
from interfaces.http.meeting_models import (
    AcknowledgeRequest,
    ApprovePlanRequest,
    CloseMeetingRequest,
    ConveneMeetingRequest,
    DecisionResponse,
    DiscloseRequest,
    MeetingCreatedResponse,
    RecordDecisionRequest,
    RecordedDisclosureResponse,
)
from interfaces.http.values import ReadPurpose
from interfaces.http.versions import Versioned, tag

router = APIRouter(prefix="/v1/meetings", tags=["meetings 会議"])
Convener = Annotated[Actor, allowed(Action.CONVENE_MEETING)]
Reader = Annotated[Actor, may(Action.READ_MEETING)]


@router.post("", status_code=201)
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
def get_meeting(
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


@router.post("/{meeting_id}/acknowledgements", status_code=204)
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


@router.post("/{meeting_id}/disclosures", status_code=201)
def disclose(
    meeting_id: UUID,
    body: DiscloseRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> RecordedDisclosureResponse:
    recorded = ledger.disclose(actor, meeting_id, body.form(), expected=v.expected)
    v.set(recorded.version)
    return RecordedDisclosureResponse.of(recorded)


@router.post("/{meeting_id}/decisions", status_code=201)
def record_decision(
    meeting_id: UUID,
    body: RecordDecisionRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> DecisionResponse:
    """A decision about a case on the agenda (決定事項); no ETag is returned."""
    decision_id = ledger.record_decision(
        actor, meeting_id, body.case_id, body.text, expected=v.expected
    )
    return DecisionResponse(decision_id=decision_id)


@router.post("/{meeting_id}/plan-approvals", status_code=204)
def approve_plan(
    meeting_id: UUID,
    body: ApprovePlanRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Approval of a plan revision, kept on meeting and case; no ETag."""
    b = body
    ledger.approve_plan_at_meeting(
        actor, meeting_id, b.case_id, b.plan_id, b.revision, expected=v.expected
    )


@router.post("/{meeting_id}/close", status_code=204)
def close_meeting(
    meeting_id: UUID,
    body: CloseMeetingRequest,
    actor: RunMeeting,
    ledger: Ledger,
    v: Versioned,
) -> None:
    v.set(ledger.close_meeting(actor, meeting_id, body.closed_on, expected=v.expected))
