"""Referrals (つなぎ): the sender requests or cancels, the receiver answers.

Which agency may take which step is the domain's rule (`Referral.check_step`);
the policy lets caseworkers take steps at all.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, ClassVar
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import RequestedReferral
from domain.referral import ReferralStatus
from interfaces.http.access import ManageCase, MoveReferral
from interfaces.http.deps import Ledger
from interfaces.http.values import Code, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned, Versioning

router = APIRouter(prefix="/v1/cases/{case_id}/referrals", tags=["referrals つなぎ"])


class RequestReferralRequest(BaseModel):
    to_agency: Code
    reason: Text
    requested_on: date


class ReferralBasis(BaseModel):
    consent_id: UUID


class RequestedReferralResponse(BaseModel):
    referral_id: UUID
    basis: ReferralBasis
    version: int

    @classmethod
    def of(cls, made: RequestedReferral) -> RequestedReferralResponse:
        basis = ReferralBasis(consent_id=made.consent_id)
        return cls(referral_id=made.referral_id, basis=basis, version=made.version)


class StepRequest(BaseModel):
    """One step of the closed loop; `on` defaults to today in Tokyo."""

    status: ClassVar[ReferralStatus]
    on: date | None = None

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


@router.post("", **CREATED)
def request_referral(
    case_id: UUID,
    body: RequestReferralRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> RequestedReferralResponse:
    """403 `consent_required` unless a consent covers `referral` to that agency."""
    made = ledger.request_referral(
        actor, case_id, body.to_agency, body.reason, body.requested_on, v.expected
    )
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
