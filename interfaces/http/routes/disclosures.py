"""Disclosures (情報提供) of a case's information at a meeting.

A disclosure in a 重層的支援会議 needs a consent covering every recipient
and every category disclosed (403 `consent_required`,
`categories_not_covered`); in a 支援会議 every recipient must first have
acknowledged confidentiality (403 `confidentiality_not_acknowledged`). The
disclosing agency must work on the case (403 `not_working_on_case`). A
disclosure may rest on a statute instead (supervisors and coordinators).
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action, authorise
from application.meetings.commands import DisclosureForm, RecordedDisclosure
from domain.basis import BasisKind
from interfaces.http.access import marked
from interfaces.http.auth import Caller
from interfaces.http.bases import BasisRequest
from interfaces.http.deps import Ledger
from interfaces.http.values import Code, Codes, Text
from interfaces.http.versions import CREATED, Versioned

ART_106_6 = "social_welfare_act_106_6"  # the 支援会議's basis, as answered
router = APIRouter(prefix="/v1/meetings/{meeting_id}/disclosures", tags=["meetings"])


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

    @property
    def on_statute(self) -> bool:
        return self.basis is not None and self.basis.kind == "statute"


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


def discloser(
    meeting_id: UUID, body: DiscloseRequest, caller: Caller, ledger: Ledger
) -> Actor:
    """The convening agency runs the meeting; a statute needs its own right (R7)."""
    ledger.authorise_meeting(caller, Action.RUN_MEETING, meeting_id)
    if body.on_statute:
        authorise(caller, Action.INVOKE_STATUTE)
    return caller


Discloser = Annotated[Actor, Depends(marked(Action.RUN_MEETING, discloser))]


@router.post("", **CREATED)
def disclose_at_meeting(
    meeting_id: UUID,
    body: DiscloseRequest,
    actor: Discloser,
    ledger: Ledger,
    v: Versioned,
) -> RecordedDisclosureResponse:
    recorded = ledger.disclose(actor, meeting_id, body.form(), expected=v.expected)
    v.set(recorded.version)
    return RecordedDisclosureResponse.of(recorded)
