"""The minutes of a meeting (会議録) as JSON and as a printable form.

Both follow `GET /v1/meetings/{id}` (R6): member agencies and auditors, texts
as far as entitled, each read logged first.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Response

from application.access.actor import Actor
from application.access.policy import Action
from application.meetings.record import MinutesRecord
from interfaces.forms.formats import FormFormat
from interfaces.http.access import may
from interfaces.http.deps import Ledger
from interfaces.http.routes.forms import FORM_CONTENT, AsOf, Format, attachment
from interfaces.http.values import ReadPurpose

router = APIRouter(prefix="/v1/meetings", tags=["meetings"])
Reader = Annotated[Actor, may(Action.READ_MEETING)]


@router.get("/{meeting_id}/minutes")
def meeting_minutes(
    meeting_id: UUID,
    actor: Reader,
    ledger: Ledger,
    as_of: AsOf = None,
    purpose: ReadPurpose = "meeting",
) -> MinutesRecord:
    """Attendees and acknowledgements, cases, disclosures, decisions, approvals."""
    return ledger.meeting_minutes(actor, meeting_id, as_of, purpose)


@router.get(
    "/{meeting_id}/forms/minutes", response_class=Response, responses=FORM_CONTENT
)
def minutes_form(  # noqa: PLR0917 (the query's parameters)
    meeting_id: UUID,
    actor: Reader,
    ledger: Ledger,
    as_of: AsOf = None,
    format: Format = FormFormat.PDF,
    purpose: ReadPurpose = "meeting",
) -> Response:
    """会議録 (支援会議・重層的支援会議) as PDF or xlsx; logged as `form_minutes`."""
    return attachment(ledger.meeting_form(actor, meeting_id, as_of, purpose), format)
