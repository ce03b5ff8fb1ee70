"""Disclosures (情報提供) of a case's information at a meeting.

A disclosure in a 重層的支援会議 needs a consent covering every recipient
(403 `consent_required`); in a 支援会議 every recipient must first have
acknowledged confidentiality (403 `confidentiality_not_acknowledged`).
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

from application.meetings.commands import DisclosureForm, RecordedDisclosure
from interfaces.http.access import RunMeeting
from interfaces.http.deps import Ledger
from interfaces.http.values import Code, Codes, Text
from interfaces.http.versions import CREATED, Versioned

router = APIRouter(
    prefix="/v1/meetings/{meeting_id}/disclosures", tags=["meetings 会議"]
)


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


@router.post("", **CREATED)
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
