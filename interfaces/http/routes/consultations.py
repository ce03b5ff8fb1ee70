"""One-off consultations (一回限りの相談): recorded without a person.

A call answered once, often anonymous, that never became a case: the window,
the route, fields, issue codes, 事業, the date and the coded profile of
statistics (`GET /v1/statistics-codes`). No name and no free text: nothing in
it is personal data. It counts where the plan counts such work: 新規相談件数
at the 自立相談支援 window, and as its `kind` (❷ 総合相談支援業務…) if named.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action, Facts, authorise
from domain.catalogue import Field as WelfareField
from domain.catalogue import Project, Route
from domain.catalogue.activities import ActivityKind
from domain.consultation import ConsultationFacts
from interfaces.http.access import marked, may
from interfaces.http.auth import Caller
from interfaces.http.deps import Ledger
from interfaces.http.routes.statistics import ProfileRequest
from interfaces.http.values import BusinessDate, Code, Codes, ShortText
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned, tag

router = APIRouter(prefix="/v1/consultations", tags=["consultations"])


class RecordConsultationRequest(BaseModel):
    """A one-off consultation at the caller's own window; codes only."""

    agency: Code
    consulted_on: BusinessDate
    route: Route
    fields: Annotated[list[WelfareField], Field(min_length=1, max_length=4)]
    issues: Codes = []
    project: Project = Project.COMPREHENSIVE_CONSULTATION
    kind: ActivityKind | None = None
    profile: ProfileRequest = ProfileRequest()

    def facts(self) -> ConsultationFacts:
        return ConsultationFacts(
            agency=self.agency,
            consulted_on=self.consulted_on,
            route=self.route.value,
            fields=tuple(f.value for f in self.fields),
            issues=tuple(self.issues),
            project=self.project.value,
            kind=None if self.kind is None else self.kind.value,
            profile=self.profile.profile(),
        )


class RecordedConsultationResponse(BaseModel):
    consultation_id: UUID
    version: int


def window_worker(body: RecordConsultationRequest, caller: Caller) -> Actor:
    authorise(caller, Action.RECORD_CONSULTATION, Facts(agency=body.agency))
    return caller


# The role here; the application checks that it is the recording window.
Withdrawer = Annotated[Actor, may(Action.RECORD_CONSULTATION)]
WindowWorker = Annotated[
    Actor, Depends(marked(Action.RECORD_CONSULTATION, window_worker))
]


@router.post("", **CREATED)
def record_consultation(
    body: RecordConsultationRequest,
    actor: WindowWorker,
    ledger: Ledger,
    response: Response,
) -> RecordedConsultationResponse:
    """Record it at the caller's window; answers its id and version 1."""
    consultation_id, version = ledger.record_consultation(actor, body.facts())
    tag(response, version)
    return RecordedConsultationResponse(
        consultation_id=consultation_id, version=version
    )


class WithdrawConsultationRequest(BaseModel):
    """Why it is withdrawn (取下げ): recorded by mistake, twice, at the wrong window."""

    reason: ShortText


@router.post("/{consultation_id}/withdraw", **NO_CONTENT)
def withdraw_consultation(
    consultation_id: UUID,
    body: WithdrawConsultationRequest,
    actor: Withdrawer,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Withdraw it, by the window that recorded it; it counts no more (R9)."""
    v.set(ledger.withdraw_consultation(actor, consultation_id, body.reason, v.expected))
