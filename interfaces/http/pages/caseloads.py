"""ケース担当状況: a centre's caseloads, statuses, overdue reviews and inbox.

From the caseloads read model, as `GET /v1/reports/caseloads` and
`/v1/reports/reviews-due` serve it: a supervisor sees their own agency
(`agency_for`, the reports' own rule); a reporter any agency, or all. Each
number links to the list behind it (`lists.py`), which the access policy
filters and the access log records. Counts and staff names only: no person's
data, so this page itself leaves no access record, as the reports leave none.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response

from application.access.policy import Action
from domain.referral import ReferralStatus
from interfaces.caseload_formats import named, staff_names
from interfaces.http.deps import Ledger
from interfaces.http.pages.labels import REFERRAL_STATUS_JA, status_ja
from interfaces.http.pages.render import page
from interfaces.http.pages.route import PageRoute
from interfaces.http.pages.viewer import Viewer, may_see
from interfaces.http.read_models import Views
from interfaces.http.routes.reports import agency_for
from interfaces.http.values import Code
from interfaces.labels import agency_ja, field_ja
from projections.read_models import ReadModels

router = APIRouter(prefix="/ui", route_class=PageRoute, include_in_schema=False)
Reader = Annotated[Viewer, may_see(Action.READ_CASELOADS)]
INBOX_PAGE = 200


def list_link(viewer: Viewer, path: str, **filters: str) -> str | None:
    """The list behind a number, for a viewer who may list (else no link)."""
    if not viewer.may(Action.LIST_CASES):
        return None
    shown = {k: v for k, v in filters.items() if v}
    return f"/ui/{path}" + (f"?{urlencode(shown)}" if shown else "")


def worker_label(worker: str, name: str | None) -> str:
    """The worker's name; a user the ledger does not know by its id's start."""
    return name or f"（職員ID {worker[:8]}）"


@router.get("/caseloads")
def caseload_page(
    request: Request,
    viewer: Reader,
    views: Views,
    ledger: Ledger,
    agency: Code | None = None,
) -> Response:
    chosen = agency_for(viewer.actor, agency)
    counts = views.caseloads.counts(chosen)
    due = views.caseloads.plans_due(ledger.today() - timedelta(days=1), chosen)
    names = staff_names(ledger.user_name, [c.worker for c in counts + due])
    return page(
        request,
        "caseloads.html",
        "ケース担当状況",
        agency=chosen,
        agency_ja=agency_ja(chosen) if chosen else "全機関",
        loads=[_load(viewer, row) for row in named(counts, names)],
        statuses=_statuses(viewer, views, chosen),
        due=named(due, names),
        due_by_worker=_due_by_worker(viewer, named(due, names)),
        inbox=_inbox(viewer, views, chosen) if chosen else None,
    )


def _load(viewer: Viewer, row: Any) -> dict[str, Any]:
    return {
        "row": row,
        "worker": worker_label(row.worker, row.worker_name),
        "agency_ja": agency_ja(row.agency),
        "field_ja": field_ja(row.field),
        "status_ja": status_ja(row.status),
        "link": list_link(
            viewer, "cases", worker=row.worker, field=row.field, status=row.status
        ),
    }


def _statuses(
    viewer: Viewer, views: ReadModels, agency: str | None
) -> list[dict[str, Any]]:
    counted = views.caseloads.status_counts(agency)
    return [
        {
            "status": code,
            "label": status_ja(code),
            "cases": cases,
            "link": list_link(viewer, "cases", status=code),
        }
        for code, cases in counted.items()
    ]


def _due_by_worker(viewer: Viewer, due: list[Any]) -> list[dict[str, Any]]:
    workers = Counter((p.worker, p.worker_name) for p in due)
    return [
        {
            "name": worker_label(worker, name),
            "plans": plans,
            "link": list_link(viewer, "cases", review_due="true", worker=worker),
        }
        for (worker, name), plans in sorted(workers.items())
    ]


def _inbox(viewer: Viewer, views: ReadModels, agency: str) -> list[dict[str, Any]]:
    """Referrals to the agency by status (つなぎの受信): counted, not read."""
    counted: Counter[str] = Counter()
    after = ""
    while True:
        rows = views.caseloads.referrals_of(agency, after, INBOX_PAGE, to_agency=agency)
        counted.update(row.status for row in rows)
        if len(rows) < INBOX_PAGE:
            break
        after = rows[-1].referral_id
    return [
        {
            "label": REFERRAL_STATUS_JA[status],
            "referrals": counted.get(status.value, 0),
            "link": list_link(
                viewer, "referrals", to_agency=agency, status=status.value
            ),
        }
        for status in ReferralStatus
    ]
