"""GET /v1/cases/{id}/history: every event and the state as of a moment (監査)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from application.cases.history import CaseHistory
from interfaces.http.access import may
from interfaces.http.deps import Ledger
from interfaces.http.values import IsoInstant, ReadPurpose

router = APIRouter(prefix="/v1/cases", tags=["cases"])
Historian = Annotated[Actor, may(Action.READ_HISTORY)]
AsOf = Annotated[
    IsoInstant | None,
    Query(description="recording time, ISO 8601 with an offset; default: now"),
]


class HistoryEventResponse(BaseModel):
    version: int
    type: str
    occurred_at: date | None
    recorded_at: datetime
    recorded_by: str | None
    data: dict[str, Any]


class CaseHistoryResponse(BaseModel):
    case_id: UUID
    as_of: datetime | None
    versions_contiguous: bool
    personal_data_shown: bool
    events: list[HistoryEventResponse]
    state: dict[str, Any] | None
    person_events: list[HistoryEventResponse] = Field(
        default_factory=list,
        description="The person's own events: identity, corrections, requests",
    )

    @classmethod
    def of(cls, history: CaseHistory) -> CaseHistoryResponse:
        return cls.model_validate(history, from_attributes=True)


@router.get("/{case_id}/history")
def read_case_history(
    case_id: UUID,
    actor: Historian,
    ledger: Ledger,
    as_of: AsOf = None,
    purpose: ReadPurpose = "audit",
) -> CaseHistoryResponse:
    """Auditors, and supervisors of the owning agency; the read is logged first.

    Personal values are shown to auditors only (others see ［非表示］).
    """
    return CaseHistoryResponse.of(ledger.case_history(actor, case_id, as_of, purpose))
