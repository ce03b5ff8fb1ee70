"""Activities (活動記録) on a case, always for the caller's own agency.

An activity recorded in error is voided (取消) by its agency, with a reason;
a wrong business date is corrected by voiding it and recording it again
(`corrections`). History keeps both; the indicators count only the live one.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from application.cases.forms import ActivityForm
from domain.catalogue import Project
from domain.catalogue.activities import ActivityKind
from interfaces.http.access import CorrectRecord, WorkOnCase
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned

router = APIRouter(prefix="/v1/cases/{case_id}/activities", tags=["activities"])


class RecordActivityRequest(BaseModel):
    """An activity of the caller's own agency (活動記録).

    A note about another member of the case's household names them in
    `about_person_id` and is kept under that member's key (422
    `not_a_household_member` otherwise).
    """

    kind: ActivityKind
    project: Project
    occurred_on: BusinessDate
    note: Text | None = None
    about_person_id: UUID | None = None  # a member of the case's household

    def form(self, agency: str) -> ActivityForm:
        return ActivityForm(
            self.kind.value,
            self.project.value,
            agency,
            self.occurred_on,
            self.note,
            self.about_person_id,
        )


class ActivityResponse(BaseModel):
    activity_id: UUID
    version: int


class VoidRequest(BaseModel):
    """Why the record is voided (取消の理由): kept under the person's key."""

    reason: Text


class CorrectDateRequest(BaseModel):
    """The date the activity really happened, and why it was wrong."""

    occurred_on: BusinessDate
    reason: Text


class CorrectedActivityResponse(BaseModel):
    activity_id: UUID  # the new activity, recorded on the right date
    replaces: UUID
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


async def activity_ref(case_id: UUID, activity_id: UUID) -> tuple[UUID, UUID]:
    return case_id, activity_id


ActivityRef = Annotated[tuple[UUID, UUID], Depends(activity_ref)]


@router.post("/{activity_id}/void", **NO_CONTENT)
def void_activity(
    ref: ActivityRef,
    body: VoidRequest,
    actor: CorrectRecord,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """Void an activity of the caller's agency (403 `not_recording_agency`)."""
    v.set(ledger.void_activity(actor, *ref, body.reason, v.expected))


@router.post("/{activity_id}/corrections", **CREATED)
def correct_activity_date(
    ref: ActivityRef,
    body: CorrectDateRequest,
    actor: CorrectRecord,
    ledger: Ledger,
    v: Versioned,
) -> CorrectedActivityResponse:
    """Void and record again on `occurred_on`, in one transaction."""
    case_id, activity_id = ref
    new_id, version = ledger.correct_activity_date(
        actor, case_id, activity_id, body.occurred_on, body.reason, v.expected
    )
    v.set(version)
    return CorrectedActivityResponse(
        activity_id=new_id, replaces=activity_id, version=version
    )
