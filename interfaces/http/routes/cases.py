"""The case (支援ケース): intake, its current state, closure and reopening."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Response

from application.access.actor import Actor
from application.access.policy import Action, Facts, authorise
from application.cases.view import CaseView
from interfaces.http.access import ManageCase, marked, may
from interfaces.http.auth import Caller
from interfaces.http.case_models import (
    CloseCaseRequest,
    OpenCaseRequest,
    OpenedCaseResponse,
    ReopenCaseRequest,
)
from interfaces.http.deps import Ledger
from interfaces.http.values import ReadPurpose
from interfaces.http.versions import Versioned, tag

router = APIRouter(prefix="/v1/cases", tags=["cases 支援ケース"])


def intake_worker(body: OpenCaseRequest, caller: Caller) -> Actor:
    authorise(caller, Action.OPEN_CASE, Facts(agency=body.intake_agency))
    return caller


Reader = Annotated[Actor, may(Action.READ_CASE)]
IntakeWorker = Annotated[Actor, Depends(marked(Action.OPEN_CASE, intake_worker))]


@router.post("", status_code=201)
def open_case(
    body: OpenCaseRequest, actor: IntakeWorker, ledger: Ledger, response: Response
) -> OpenedCaseResponse:
    """Intake at the caller's own window; answers the ids and version 1."""
    opened = ledger.open_case(actor, body.form())
    tag(response, opened.version)
    return OpenedCaseResponse(**vars(opened))


@router.get("/{case_id}")
def get_case(
    case_id: UUID,
    actor: Reader,
    ledger: Ledger,
    response: Response,
    purpose: ReadPurpose = "case_work",
) -> CaseView:
    """The current state, as this caller may see it; the read is logged first."""
    view = ledger.read_case(actor, case_id, purpose)
    tag(response, view.version)
    return view  # the application's view is the response: one shape, one place


@router.post("/{case_id}/close", status_code=204)
def close_case(
    case_id: UUID,
    body: CloseCaseRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    v.set(ledger.close_case(actor, case_id, body.closed_on, body.reason, v.expected))


@router.post("/{case_id}/reopen", status_code=204)
def reopen_case(
    case_id: UUID,
    body: ReopenCaseRequest,
    actor: ManageCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    v.set(ledger.reopen_case(actor, case_id, body.reopened_on, body.reason, v.expected))
