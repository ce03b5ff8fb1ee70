"""The person's rights (本人の権利): 開示, 訂正, 利用停止, requests and answers.

The city's officer (an admin), or a supervisor of an agency holding one of
the person's cases, records a request with its reference (受付番号) and
answers it; only the officer makes the copy (it spans every agency's cases).
A supervisor of an agency holding none of the person's cases is answered 404,
as for an unknown person. The same acts as `jusou person request | export |
correct | note | suspend | lift | refuse`; erasure is `people.py`.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field, StringConstraints

from application.access.actor import Actor
from application.access.policy import Action
from application.people.rights import NoteForm
from domain.case_corrections import CorrectedRecord
from domain.person_rights import RightKind, RightsRequest
from interfaces.forms.disclosure_pdf import copy_pdf
from interfaces.http.access import may
from interfaces.http.deps import Ledger
from interfaces.http.routes.cases import PersonRequest
from interfaces.http.values import IsoDate, ShortText, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned

router = APIRouter(prefix="/v1", tags=["people"])
PERSON = "/people/{person_id}"
REQUEST = PERSON + "/rights-requests/{request_id}"
Handler = Annotated[Actor, may(Action.HANDLE_RIGHTS)]
Officer = Annotated[Actor, may(Action.DISCLOSE_COPY)]
Reference = Annotated[ShortText, StringConstraints(max_length=100)]
COPY_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the copy, as an attachment",
        "content": {"application/json": {}, "application/pdf": {}},
    }
}


class CopyFormat(StrEnum):
    """The copy as data (JSON) or to hand over on paper (PDF, A4)."""

    JSON = "json"
    PDF = "pdf"


class RequestRightRequest(BaseModel):
    """Which right (開示・訂正・利用停止) and the city's reference (受付番号)."""

    kind: RightKind
    request_ref: Reference


class RequestedRightResponse(BaseModel):
    request_id: UUID
    version: int


class RightsRequestResponse(BaseModel):
    request_id: UUID
    kind: str
    request_ref: str
    status: str = Field(
        description="pending, disclosed, corrected, suspended, lifted, refused"
    )
    requested_by: str
    requested_on: IsoDate
    answered_by: str | None
    answered_on: IsoDate | None

    @classmethod
    def of(cls, request: RightsRequest) -> RightsRequestResponse:
        return cls.model_validate(request, from_attributes=True)


class CorrectIdentityRequest(PersonRequest):
    """The identity as it is to read now; the former stays in the history."""

    request_id: UUID


class AddCorrectionNoteRequest(BaseModel):
    """A note correcting one recorded text of the case; the text is kept."""

    request_id: UUID
    record: CorrectedRecord
    record_id: UUID = Field(description="the record's id; the case's for summary")
    note: Text

    def form(self) -> NoteForm:
        return NoteForm(self.request_id, self.record.value, self.record_id, self.note)


class AddedCorrectionNoteResponse(BaseModel):
    note_id: UUID
    version: int


class AnswerWithReasonRequest(BaseModel):
    """Why: a refusal's ground (法第78条…), or why a suspension is lifted."""

    reason: ShortText


@router.post(PERSON + "/rights-requests", **CREATED)
def request_right(
    person_id: UUID,
    body: RequestRightRequest,
    actor: Handler,
    ledger: Ledger,
    v: Versioned,
) -> RequestedRightResponse:
    """Record the request (受付); it is answered by one of the acts below."""
    request_id, version = ledger.request_right(
        actor, person_id, body.kind.value, body.request_ref, v.expected
    )
    v.set(version)
    return RequestedRightResponse(request_id=request_id, version=version)


@router.get(PERSON + "/rights-requests")
def rights_requests(
    person_id: UUID, actor: Handler, ledger: Ledger
) -> list[RightsRequestResponse]:
    """The person's requests and their answers, oldest first."""
    found = ledger.rights_requests(actor, person_id)
    return [RightsRequestResponse.of(r) for r in found]


@router.post(REQUEST + "/disclose", **NO_CONTENT)
def answer_disclosure(
    person_id: UUID, request_id: UUID, actor: Officer, ledger: Ledger, v: Versioned
) -> None:
    """Record that the copy is handed over today (開示の実施); then GET it."""
    v.set(ledger.answer_disclosure(actor, person_id, request_id, v.expected))


@router.get(REQUEST + "/copy", response_class=Response, responses=COPY_CONTENT)
def disclosure_copy(
    person_id: UUID,
    request_id: UUID,
    actor: Officer,
    ledger: Ledger,
    format: Annotated[CopyFormat, Query(description="json or pdf (A4)")] = (
        CopyFormat.JSON
    ),
) -> Response:
    """The copy of all that is held (409 until its handing over is recorded).

    Third parties' personal data is marked, never shown; the read is logged.
    """
    copy = ledger.disclosure_copy(actor, person_id, request_id)
    name = f"disclosure-{str(person_id).split('-')[0]}.{format.value}"
    if format is CopyFormat.PDF:
        content, media = copy_pdf(copy), "application/pdf"
    else:
        content = json.dumps(copy.content, ensure_ascii=False).encode()
        media = "application/json"
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(content=content, media_type=media, headers=disposition)


@router.post(PERSON + "/identity-corrections", **NO_CONTENT)
def correct_identity(
    person_id: UUID,
    body: CorrectIdentityRequest,
    actor: Handler,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Correct the identity (訂正), answering the correction request."""
    rid, form = body.request_id, body.form()
    v.set(ledger.correct_identity(actor, person_id, rid, form, v.expected))


@router.post("/cases/{case_id}/correction-notes", **CREATED)
def add_correction_note(
    case_id: UUID,
    body: AddCorrectionNoteRequest,
    actor: Handler,
    ledger: Ledger,
    v: Versioned,
) -> AddedCorrectionNoteResponse:
    """Add a correction note (訂正の付記) beside a text; the history shows both."""
    note_id, version = ledger.add_correction_note(
        actor, case_id, body.form(), v.expected
    )
    v.set(version)
    return AddedCorrectionNoteResponse(note_id=note_id, version=version)


@router.post(REQUEST + "/suspend", **NO_CONTENT)
def suspend_use(
    person_id: UUID, request_id: UUID, actor: Handler, ledger: Ledger, v: Versioned
) -> None:
    """Suspend the use (利用停止): only this request's handlers read on."""
    v.set(ledger.suspend_use(actor, person_id, request_id, v.expected))


@router.post(PERSON + "/suspension/lift", **NO_CONTENT)
def lift_suspension(
    person_id: UUID,
    body: AnswerWithReasonRequest,
    actor: Handler,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Lift the suspension (解除), with the reason; readers read again."""
    v.set(ledger.lift_suspension(actor, person_id, body.reason, v.expected))


@router.post(REQUEST + "/refuse", **NO_CONTENT)
def refuse_right(  # noqa: PLR0917
    person_id: UUID,
    request_id: UUID,
    body: AnswerWithReasonRequest,
    actor: Handler,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Refuse the request (不開示・不訂正・不停止), with the reason."""
    why = body.reason
    v.set(ledger.refuse_right(actor, person_id, request_id, why, v.expected))
