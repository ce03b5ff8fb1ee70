"""Printable forms of a case (帳票): PDF or xlsx, each render logged as a read.

`GET /v1/cases/{id}/forms/{kind}` follows the rules of `GET /v1/cases/{id}`
(the owner sees all; a sharer what its basis covers, then and now); the
会議録 is a meeting's form, in `minutes.py`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query, Response
from pydantic import AwareDatetime

from application.access.actor import Actor
from application.access.policy import Action
from application.forms.model import Form, FormKind
from interfaces.forms.formats import XLSX_MEDIA_TYPE, FormFormat, file_name, render
from interfaces.http.access import may
from interfaces.http.deps import Ledger
from interfaces.http.values import ReadPurpose

router = APIRouter(prefix="/v1/cases", tags=["forms"])
Reader = Annotated[Actor, may(Action.READ_CASE)]
AsOf = Annotated[
    AwareDatetime | None,
    Query(
        description="the records as recorded at this instant (ISO 8601 with an "
        "offset); default: now"
    ),
]
Format = Annotated[FormFormat, Query(description="pdf (A4) or xlsx (print-ready)")]
FORM_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the form, as an attachment",
        "content": {"application/pdf": {}, XLSX_MEDIA_TYPE: {}},
    }
}


class CaseFormKind(StrEnum):
    """The forms of a case (the 会議録 is a meeting's: /v1/meetings/{id}/forms)."""

    INTAKE_CONSENT = FormKind.INTAKE_CONSENT.value
    INTAKE_NO_CONSENT = FormKind.INTAKE_NO_CONSENT.value
    ASSESSMENT = FormKind.ASSESSMENT.value
    PLAN = FormKind.PLAN.value


def attachment(form: Form, format_: FormFormat) -> Response:
    """The rendered form with its media type and an ASCII file name."""
    name = file_name(form, format_)
    return Response(
        content=render(form, format_),
        media_type=format_.media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/{case_id}/forms/{kind}", response_class=Response, responses=FORM_CONTENT)
def case_form(  # noqa: PLR0917 (the query's parameters)
    case_id: UUID,
    kind: CaseFormKind,
    actor: Reader,
    ledger: Ledger,
    as_of: AsOf = None,
    format: Format = FormFormat.PDF,
    plan_id: Annotated[UUID | None, Query(description="plan: which one")] = None,
    purpose: ReadPurpose = "case_work",
) -> Response:
    """相談受付・申込票 (同意あり・なし), アセスメントシート, プラン兼利用申込書.

    Rendered from the records as they stood at `as_of`, with only what the
    caller may see; logged as a read (`form_<kind>_<view>`) before rendering.
    """
    form = ledger.case_form(
        actor, case_id, FormKind(kind.value), as_of, purpose, plan_id
    )
    return attachment(form, format)
