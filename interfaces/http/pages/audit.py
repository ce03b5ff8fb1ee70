"""Auditors' pages: 支援会議の開示記録, a meeting's minutes, アクセス記録.

Each calls what the API calls: the disclosures trail through the route's own
function (the read model, and the read of the trail recorded, as
`GET /v1/audit/disclosures` records it), the minutes through `read_meeting`
(recorded), the access log through `access_log` with the API's filters. The
filter forms send empty fields; those are dropped before the API's models
validate the rest (a wrong value: a 422 page, never a 500).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Request, Response

from application.access.policy import Action
from application.forms.labels import MEETING_LABELS_JA, basis_ja, categories_ja
from domain.catalogue import AGENCY_CODES
from interfaces.caseload_formats import staff_names
from interfaces.http.deps import Ledger
from interfaces.http.pages.render import page
from interfaces.http.pages.route import PageRoute
from interfaces.http.pages.viewer import SignedIn, Viewer, may_see, role_ja
from interfaces.http.read_models import Views
from interfaces.http.routes.access_log import AccessLogParams
from interfaces.http.routes.audit_trail import DisclosureParams, list_disclosures
from interfaces.labels import agency_ja

router = APIRouter(prefix="/ui", route_class=PageRoute, include_in_schema=False)
Auditor = Annotated[Viewer, may_see(Action.READ_AUDIT_TRAIL)]
BASES = {
    "consent": "本人同意",
    "social_welfare_act_106_6": "支援会議（社会福祉法第106条の6）",
    "statute": "法令に基づく場合",
}
OUTCOMES = {"allowed": "許可", "denied": "拒否"}


def sent(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items() if v.strip()}


@router.get("/audit/disclosures")
def disclosure_trail(
    request: Request, auditor: Auditor, views: Views, ledger: Ledger
) -> Response:
    params = DisclosureParams.model_validate(sent(request))
    trail = list_disclosures(auditor.actor, None, views, ledger, Response(), params)
    rows = [
        {
            "d": d,
            "kind_ja": MEETING_LABELS_JA.get(d.kind, d.kind),
            "basis_ja": BASES.get(d.basis.split(":")[0], d.basis),
            "categories_ja": categories_ja(d.categories),
        }
        for d in trail.disclosures
    ]
    return page(
        request,
        "disclosures.html",
        "支援会議の開示記録",
        rows=rows,
        chosen=sent(request),
        agencies=[(code, agency_ja(code)) for code in sorted(AGENCY_CODES)],
        bases=BASES,
        position=trail.position,
    )


@router.get("/meetings/{meeting_id}")
def meeting_minutes(
    request: Request, meeting_id: UUID, viewer: SignedIn, ledger: Ledger
) -> Response:
    minutes = ledger.read_meeting(viewer.actor, meeting_id, "audit")
    items = [
        {"item": item, "basis_ja": basis_ja(item.basis)} for item in minutes.minutes
    ]
    return page(
        request,
        "minutes.html",
        "会議録",
        minutes=minutes,
        kind_ja=MEETING_LABELS_JA.get(minutes.kind, minutes.kind),
        items=items,
    )


@router.get("/audit/access-log")
def access_log_page(request: Request, _: Auditor, ledger: Ledger) -> Response:
    params = AccessLogParams.model_validate(sent(request))
    found = ledger.access_log(params.query())
    names = staff_names(ledger.user_name, [str(e.user_id) for e in found.entries])
    rows = [_access(entry, names) for entry in found.entries]
    later = None
    if found.next_after is not None:
        query = urlencode({**sent(request), "after": found.next_after})
        later = f"{request.url.path}?{query}"
    return page(
        request,
        "access_log.html",
        "アクセス記録",
        rows=rows,
        chosen=sent(request),
        outcomes=OUTCOMES,
        next_page=later,
    )


def _access(entry: Any, names: dict[str, str]) -> dict[str, Any]:
    case = entry.resource_type == "case"
    return {
        "e": entry,
        "who": names.get(str(entry.user_id)) or str(entry.user_id),
        "agency_ja": agency_ja(entry.agency),
        "role_ja": role_ja(entry.role),
        "outcome_ja": OUTCOMES.get(entry.outcome, entry.outcome),
        "case_link": f"/ui/cases/{entry.resource_id}/history" if case else None,
    }
