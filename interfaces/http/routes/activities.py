"""Activities (活動記録) on a case, always for the caller's own agency."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from interfaces.http.access import WorkOnCase
from interfaces.http.case_models import ActivityResponse, RecordActivityRequest
from interfaces.http.deps import Ledger
from interfaces.http.versions import Versioned

router = APIRouter(
    prefix="/v1/cases/{case_id}/activities", tags=["activities 活動記録"]
)


@router.post("", status_code=201)
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
