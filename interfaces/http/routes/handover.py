"""The city's support decision, transfer of a case, and its worker.

支援決定 is recorded by a city section the registry says runs 多機関協働, on a
consent letting it learn of the case. 移管 hands the whole case to another
agency on a consent covering what the case reveals, or a statute; 担当変更
names the holding agency's worker. Both are a supervisor's acts.
"""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel

from interfaces.http.access import AssignWorker, DecideSupport, TransferCase
from interfaces.http.bases import BasisRequest
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Code, Text
from interfaces.http.versions import NO_CONTENT, Versioned

router = APIRouter(prefix="/v1/cases/{case_id}", tags=["cases"])


class SupportDecisionRequest(BaseModel):
    """支援決定 (Art. 106-4 ②6); `meeting_id` names the 重層的支援会議, if any."""

    decided_on: BusinessDate | None = None
    meeting_id: UUID | None = None


class TransferRequest(BaseModel):
    """移管: to whom, when, on what basis (a consent unless a statute is named)."""

    to_agency: Code
    transferred_on: BusinessDate | None = None
    basis: BasisRequest | None = None
    note: Text | None = None


class WorkerRequest(BaseModel):
    """担当変更: a user id of the holding agency's active staff."""

    worker: UUID
    assigned_on: BusinessDate | None = None


@router.post("/support-decision", **NO_CONTENT)
def decide_support(
    case_id: UUID,
    body: SupportDecisionRequest,
    actor: DecideSupport,
    ledger: Ledger,
    v: Versioned,
) -> None:
    version = ledger.decide_support(
        actor,
        case_id,
        decided_on=body.decided_on or ledger.today(),
        meeting_id=body.meeting_id,
        expected=v.expected,
    )
    v.set(version)


@router.post("/transfer", **NO_CONTENT)
def transfer_case(
    case_id: UUID,
    body: TransferRequest,
    actor: TransferCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    _, version = ledger.transfer_case(
        actor,
        case_id,
        to_agency=body.to_agency,
        transferred_on=body.transferred_on or ledger.today(),
        basis=None if body.basis is None else body.basis.form(),
        note=body.note,
        expected=v.expected,
    )
    v.set(version)


@router.post("/worker", **NO_CONTENT)
def assign_worker(
    case_id: UUID,
    body: WorkerRequest,
    actor: AssignWorker,
    ledger: Ledger,
    v: Versioned,
) -> None:
    version = ledger.assign_worker(
        actor,
        case_id,
        worker=body.worker,
        assigned_on=body.assigned_on or ledger.today(),
        expected=v.expected,
    )
    v.set(version)
