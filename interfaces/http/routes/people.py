"""The person's rights (本人の権利): erasure (消去) by two people.

A supervisor or admin records the person's request with the city's reference
(受付番号); a different user with the admin role approves it, which erases the
person and destroys their key, or refuses it. The same acts as
`jusou person erase | approve-erasure | refuse-erasure`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, StringConstraints

from application.access.actor import Actor
from application.access.policy import Action
from domain.person_erasure import ErasureRequest
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.values import ShortText
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned

router = APIRouter(prefix="/v1/people/{person_id}", tags=["people"])
Requester = Annotated[Actor, allowed(Action.REQUEST_ERASURE)]
Answerer = Annotated[Actor, allowed(Action.ANSWER_ERASURE)]
Reference = Annotated[ShortText, StringConstraints(max_length=100)]


class RequestErasureRequest(BaseModel):
    """The city's reference of the request (受付番号) and its ground.

    The ground stays on record after the erasure: name it, without personal
    details (本人からの消去請求, …).
    """

    request_ref: Reference
    reason: ShortText


class RequestedErasureResponse(BaseModel):
    request_id: UUID
    version: int


class RefuseErasureRequest(BaseModel):
    reason: ShortText


class ErasureRequestResponse(BaseModel):
    request_id: UUID
    request_ref: str
    reason: str
    status: str
    requested_by: str
    requested_on: date
    answered_by: str | None
    answered_on: date | None

    @classmethod
    def of(cls, request: ErasureRequest) -> ErasureRequestResponse:
        return cls.model_validate(request, from_attributes=True)


@router.post("/erasure-requests", **CREATED)
def request_erasure(
    person_id: UUID,
    body: RequestErasureRequest,
    actor: Requester,
    ledger: Ledger,
    v: Versioned,
) -> RequestedErasureResponse:
    """Record the request; nothing is erased until another admin approves it."""
    request_id, version = ledger.request_erasure(
        actor, person_id, body.request_ref, body.reason, v.expected
    )
    v.set(version)
    return RequestedErasureResponse(request_id=request_id, version=version)


@router.get("/erasure-requests")
def erasure_requests(
    person_id: UUID, _actor: Requester, ledger: Ledger
) -> list[ErasureRequestResponse]:
    """The person's requests and their answers, oldest first."""
    return [ErasureRequestResponse.of(r) for r in ledger.erasure_requests(person_id)]


@router.post("/erasure-requests/{request_id}/approve", **NO_CONTENT)
def approve_erasure(
    person_id: UUID, request_id: UUID, actor: Answerer, ledger: Ledger, v: Versioned
) -> None:
    """Erase the person: by an admin other than the requester (403 otherwise)."""
    v.set(ledger.approve_erasure(actor, person_id, request_id, v.expected).version)


@router.post("/erasure-requests/{request_id}/refuse", **NO_CONTENT)
def refuse_erasure(  # noqa: PLR0917
    person_id: UUID,
    request_id: UUID,
    body: RefuseErasureRequest,
    actor: Answerer,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Refuse the request, with the reason; nothing is erased."""
    why = body.reason
    v.set(ledger.refuse_erasure(actor, person_id, request_id, why, v.expected))
