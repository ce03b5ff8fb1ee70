"""The lists behind the numbers: ケース一覧 and つなぎ一覧, as the API lists them.

Each page calls the API's own list (`GET /v1/cases`, `GET /v1/referrals`)
with the same query model: the same candidates from the read model, each
judged by the access policy as a read would be, the list recorded in the
access log before it is shown. The name search `q` is left to the API.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response

from application.access.policy import Action
from interfaces.caseload_formats import staff_names
from interfaces.http.deps import Ledger
from interfaces.http.pages.labels import referral_status_ja, status_ja
from interfaces.http.pages.render import page
from interfaces.http.pages.route import PageRoute
from interfaces.http.pages.viewer import Viewer, may_see
from interfaces.http.read_models import Views
from interfaces.http.routes.case_lists import ListCasesQuery, list_cases
from interfaces.http.routes.referral_inbox import ListReferralsQuery, list_referrals
from interfaces.labels import agency_ja, field_ja

router = APIRouter(prefix="/ui", route_class=PageRoute, include_in_schema=False)
Lister = Annotated[Viewer, may_see(Action.LIST_CASES)]


def _next_page(request: Request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    params = {k: v for k, v in request.query_params.items() if k != "cursor"}
    return f"{request.url.path}?{urlencode({**params, 'cursor': cursor})}"


@router.get("/cases")
def case_list_page(
    request: Request,
    viewer: Lister,
    ledger: Ledger,
    views: Views,
    query: Annotated[ListCasesQuery, Query()],
) -> Response:
    listed = list_cases(
        query.model_copy(update={"q": None}), viewer.actor, ledger, views
    )
    workers = [str(c.worker) for c in listed.cases if c.worker]
    names = staff_names(ledger.user_name, workers)
    rows = [
        {
            "case": case,
            "agency_ja": agency_ja(case.intake_agency),
            "worker": names.get(str(case.worker), "") if case.worker else "",
            "fields_ja": "、".join(field_ja(f) for f in case.fields),
            "status_ja": status_ja(case.status.value),
        }
        for case in listed.cases
    ]
    return page(
        request,
        "cases.html",
        "ケース一覧",
        rows=rows,
        filters=_described(query),
        history=viewer.may(Action.READ_HISTORY),
        next_page=_next_page(request, listed.next_cursor),
    )


def _described(query: ListCasesQuery) -> list[str]:
    shown = []
    if query.status is not None:
        shown.append(f"段階: {status_ja(query.status.value)}")
    if query.field is not None:
        shown.append(f"分野: {field_ja(query.field.value)}")
    if query.agency is not None:
        shown.append(f"機関: {agency_ja(query.agency)}")
    if query.worker is not None:
        shown.append("担当者を指定")
    if query.review_due:
        shown.append("見直し期限切れのプランあり")
    return shown


@router.get("/referrals")
def referral_list_page(
    request: Request,
    viewer: Lister,
    ledger: Ledger,
    views: Views,
    query: Annotated[ListReferralsQuery, Query()],
) -> Response:
    listed = list_referrals(query, viewer.actor, ledger, views)
    rows = [
        {
            "referral": r,
            "from_ja": agency_ja(r.from_agency),
            "to_ja": agency_ja(r.to_agency),
            "status_ja": referral_status_ja(r.status.value),
        }
        for r in listed.referrals
    ]
    return page(
        request,
        "referrals.html",
        "つなぎ一覧",
        rows=rows,
        status=referral_status_ja(query.status.value) if query.status else None,
        next_page=_next_page(request, listed.next_cursor),
    )
