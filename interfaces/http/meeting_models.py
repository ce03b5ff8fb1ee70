"""Request and response bodies of the meeting routes (HTTP bodies — contract)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field

from application.meetings.commands import DisclosureForm, RecordedDisclosure
from domain.basis import BasisKind
from domain.meeting_rules import MeetingKind
from interfaces.http.bases import BasisRequest
from interfaces.http.values import BusinessDate, Code, Codes, ShortText, Text

ART_106_6 = "social_welfare_act_106_6"


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


class DiscloseRequest(BaseModel):
    """What one agency tells the others about a case at the meeting (情報提供).

    `basis` is given only to rest the disclosure on a statute (supervisors
    and coordinators only); otherwise the meeting's kind decides.
    """

    case_id: UUID
    disclosed_by: Code
    recipients: Annotated[Codes, Field(min_length=1)]
    categories: Annotated[Codes, Field(min_length=1)]
    summary: Text
    basis: BasisRequest | None = None

    def form(self) -> DisclosureForm:
        return DisclosureForm(
            case_id=self.case_id,
            disclosed_by=self.disclosed_by,
            recipients=tuple(self.recipients),
            categories=tuple(self.categories),
            summary=self.summary,
            basis=None if self.basis is None else self.basis.form(),
        )


class DisclosureBasis(BaseModel):
    """The basis of a disclosure that is not the 支援会議's article itself.

    On consent: the first recipient's consent and each recipient's. On a
    statute: its code. `recorded_after_end`: the minutes were completed after
    the consent ended, for a meeting convened and held while it was in force.
    """

    kind: str = "consent"
    consent_id: UUID | None = None
    consent_ids: dict[str, UUID] = {}
    code: str | None = None
    recorded_after_end: bool = False


class RecordedDisclosureResponse(BaseModel):
    disclosure_id: UUID
    basis: str | DisclosureBasis = Field(
        description="`social_welfare_act_106_6` in a 支援会議, else the basis used"
    )
    version: int

    @classmethod
    def of(cls, recorded: RecordedDisclosure) -> RecordedDisclosureResponse:
        basis: str | DisclosureBasis = ART_106_6
        if recorded.basis.kind != BasisKind.SUPPORT_MEETING:
            basis = DisclosureBasis(
                kind=recorded.basis.kind,
                consent_id=recorded.basis.consent_id,
                consent_ids=recorded.consent_ids,
                code=recorded.basis.statute,
                recorded_after_end=recorded.recorded_after_end,
            )
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
    closed_on: BusinessDate
