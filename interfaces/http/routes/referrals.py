"""Referrals (つなぎ): the sender requests or cancels, the receiver answers.

Which agency may take which step is the domain's rule (`Referral.check_step`);
the policy lets caseworkers take steps at all.
"""

from __future__ import annotations

from typing import Annotated, ClassVar
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from application.access.actor import Actor
from application.access.policy import Action
from application.case_ledger import CaseLedger
from application.cases.forms import ReferralForm, RequestedReferral
from domain.referral import ReferralStatus
from interfaces.http.access import MoveReferral, marked
from interfaces.http.auth import Caller
from interfaces.http.bases import BasisRequest, BasisResponse
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Code, Codes, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned, Versioning

router = APIRouter(prefix="/v1/cases/{case_id}/referrals", tags=["referrals"])


class RequestReferralRequest(BaseModel):
    """A referral (つなぎ); with no `basis`, the covering consent is used."""

    to_agency: Code
    reason: Text
    requested_on: BusinessDate
    basis: BasisRequest | None = None
    categories: Codes = []

    def form(self) -> ReferralForm:
        basis = None if self.basis is None else self.basis.form()
        return ReferralForm(
            self.to_agency,
            self.reason,
            self.requested_on,
            basis,
            tuple(self.categories),
        )


class RequestedReferralResponse(BaseModel):
    referral_id: UUID
    basis: BasisResponse
    version: int

    @classmethod
    def of(cls, made: RequestedReferral) -> RequestedReferralResponse:
        basis = BasisResponse.of(made.basis)
        return cls(referral_id=made.referral_id, basis=basis, version=made.version)


class StepRequest(BaseModel):
    """One step of the closed loop; `on` defaults to today in Tokyo."""

    status: ClassVar[ReferralStatus]
    on: BusinessDate | None = None

    @property
    def note(self) -> str | None:
        return None


class AcceptReferralRequest(StepRequest):
    status = ReferralStatus.ACCEPTED


class DeclineReferralRequest(StepRequest):
    status = ReferralStatus.DECLINED
    reason: Text

    @property
    def note(self) -> str | None:
        return self.reason


class CompleteReferralRequest(StepRequest):
    status = ReferralStatus.COMPLETED
    outcome: Text

    @property
    def note(self) -> str | None:
        return self.outcome


class CancelReferralRequest(DeclineReferralRequest):
    status = ReferralStatus.CANCELLED


async def referral_ref(case_id: UUID, referral_id: UUID) -> tuple[UUID, UUID]:
    return case_id, referral_id


ReferralRef = Annotated[tuple[UUID, UUID], Depends(referral_ref)]


def referrer(
    case_id: UUID, body: RequestReferralRequest, caller: Caller, ledger: Ledger
) -> Actor:
    """A caseworker of the case's agency; a supervisor of it, on a statute (R7)."""
    on_statute = body.basis is not None and body.basis.kind == "statute"
    action = Action.REFER_ON_STATUTE if on_statute else Action.MANAGE_CASE
    ledger.authorise_case(caller, action, case_id)
    return caller


Referrer = Annotated[Actor, Depends(marked(Action.MANAGE_CASE, referrer))]


@router.post("", **CREATED)
def request_referral(
    case_id: UUID,
    body: RequestReferralRequest,
    actor: Referrer,
    ledger: Ledger,
    v: Versioned,
) -> RequestedReferralResponse:
    """A referral on a lawful basis valid on `requested_on` and today (R2, R7).

    With no `basis`, a consent covering `referral` to the agency (403
    `consent_required` without one); on a 支援会議 the receiver must be a
    member that acknowledged confidentiality; on a statute, by a supervisor,
    with its reason and the categories handed on.
    """
    made = ledger.request_referral(actor, case_id, body.form(), v.expected)
    v.set(made.version)
    return RequestedReferralResponse.of(made)


@router.post("/{referral_id}/accept", **NO_CONTENT)
def accept_referral(
    ref: ReferralRef,
    actor: MoveReferral,
    ledger: Ledger,
    v: Versioned,
    body: AcceptReferralRequest | None = None,
) -> None:
    """By the receiving agency; the body may be left out."""
    _step(ledger, actor, ref, body or AcceptReferralRequest(), v)


@router.post("/{referral_id}/decline", **NO_CONTENT)
def decline_referral(
    ref: ReferralRef,
    body: DeclineReferralRequest,
    actor: MoveReferral,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """By the receiving agency, with its reason."""
    _step(ledger, actor, ref, body, v)


@router.post("/{referral_id}/complete", **NO_CONTENT)
def complete_referral(
    ref: ReferralRef,
    body: CompleteReferralRequest,
    actor: MoveReferral,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """By the receiving agency, with the outcome."""
    _step(ledger, actor, ref, body, v)


@router.post("/{referral_id}/cancel", **NO_CONTENT)
def cancel_referral(
    ref: ReferralRef,
    body: CancelReferralRequest,
    actor: MoveReferral,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """By the sending agency, with its reason."""
    _step(ledger, actor, ref, body, v)


def _step(
    ledger: CaseLedger,
    actor: Actor,
    ref: tuple[UUID, UUID],
    body: StepRequest,
    v: Versioning,
) -> None:
    case_id, referral_id = ref
    on = body.on or ledger.today()
    version = ledger.move_referral(
        actor, case_id, referral_id, body.status, on, body.note, expected=v.expected
    )
    v.set(version)
