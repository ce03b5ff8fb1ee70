"""Activities (活動記録) on a case, always for the caller's own agency."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel

from application.cases.forms import ActivityForm
from domain.catalogue import Project
from domain.catalogue.activities import ActivityKind
from interfaces.http.access import WorkOnCase
from interfaces.http.deps import Ledger
from interfaces.http.values import Text
from interfaces.http.versions import CREATED, Versioned

router = APIRouter(
    prefix="/v1/cases/{case_id}/activities", tags=["activities 活動記録"]
)


class RecordActivityRequest(BaseModel):
    """An activity of the caller's own agency (活動記録)."""

    kind: ActivityKind
    project: Project
    occurred_on: date
    note: Text | None = None

    def form(self, agency: str) -> ActivityForm:
        return ActivityForm(
            self.kind.value, self.project.value, agency, self.occurred_on, self.note
        )


class ActivityResponse(BaseModel):
    activity_id: UUID
    version: int


@router.post("", **CREATED)
def record_activity(
    case_id: UUID,
    body: RecordActivityRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> ActivityResponse:
    form = body.form(actor.agency)
    activity_id, version = ledger.record_activity(actor, case_id, form, v.expected)
    v.set(version)
    return ActivityResponse(activity_id=activity_id, version=version)
