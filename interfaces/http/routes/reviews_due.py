"""GET /v1/reports/reviews-due: plans whose review (見直し) is overdue.

A live plan of an open case whose review date passed before today without
an evaluation made on or after it, by agency and worker (names beside the
ids). Served from the caseload read model: no personal data. A supervisor
sees their own agency's; a reporter any agency's, or all.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Response

from interfaces.caseload_formats import (
    named,
    reviews_due_csv,
    reviews_due_json,
    reviews_due_xlsx,
    staff_names,
)
from interfaces.http.deps import Ledger
from interfaces.http.read_models import (
    POSITION_HEADER,
    Views,
    caught_up,
    position_after,
)
from interfaces.http.routes.reports import (
    CSV,
    XLSX,
    CaseloadFormat,
    CaseloadReader,
    MinPosition,
    agency_for,
)
from interfaces.http.values import Code

router = APIRouter(prefix="/v1/reports", tags=["reports"])


@router.get("/reviews-due", response_model=None)
def reviews_due(  # noqa: PLR0917 (query parameters)
    actor: CaseloadReader,
    _fresh: Annotated[None, caught_up("caseloads")],
    views: Views,
    ledger: Ledger,
    response: Response,
    agency: Code | None = None,
    format: CaseloadFormat = CaseloadFormat.JSON,
    min_position: MinPosition = None,
) -> dict[str, Any] | Response:
    """見直し期限超過: plans whose review date has passed, not yet evaluated."""
    agency = agency_for(actor, agency)
    position = position_after(views, "caseloads", min_position, response)
    today = ledger.today()
    due = views.caseloads.plans_due(today - timedelta(days=1), agency)
    due = named(due, staff_names(ledger.user_name, [p.worker for p in due]))
    if format is CaseloadFormat.JSON:
        return {"position": position, **reviews_due_json(due, today)}
    headers = {POSITION_HEADER: str(position)}
    if format is CaseloadFormat.CSV:
        return Response(reviews_due_csv(due), 200, headers, CSV)
    headers["Content-Disposition"] = 'attachment; filename="reviews-due.xlsx"'
    return Response(reviews_due_xlsx(due), 200, headers, XLSX)
