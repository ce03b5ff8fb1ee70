"""ケースの経過: a case's history as a timeline, as of any moment, with proofs.

The same query as `GET /v1/cases/{id}/history?as_of=` (`case_history`): the
owning agency's supervisor or an auditor, the read recorded first (and a
refusal recorded too), personal values shown to auditors only. Beside each
event: its business date and recording time, who recorded it, what it was,
the basis of a share, and whether the integrity log proves it
(`application/integrity/proofs.py`, against the service's own signing key).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query, Request, Response

from application.access.policy import Action
from application.cases.history import HistoryEntry
from application.errors import InvalidAsOfError
from application.forms.labels import basis_ja
from application.integrity.proofs import EventProof, ProofState, event_proofs
from application.meetings.minutes import BasisView
from domain.catalogue import TOKYO
from interfaces.caseload_formats import staff_names
from interfaces.http.deps import Ledger
from interfaces.http.pages.labels import event_ja
from interfaces.http.pages.render import day, page
from interfaces.http.pages.route import PageRoute
from interfaces.http.pages.viewer import SignedIn
from interfaces.labels import agency_ja, field_ja

router = APIRouter(prefix="/ui", route_class=PageRoute, include_in_schema=False)
AsOf = Annotated[str | None, Query(max_length=40)]
PROOF_JA = {
    ProofState.PROVEN: "検証済み",
    ProofState.SEALED: "封印済み（署名待ち）",
    ProofState.PENDING: "未封印",
    ProofState.FAILED: "不一致",
}


def as_of_instant(text: str | None) -> datetime | None:
    """The picker's local time (Asia/Tokyo), or an instant with its offset."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidAsOfError(f"not a date and time: {text[:40]!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=TOKYO)


@router.get("/cases/{case_id}/history")
def case_timeline(
    request: Request,
    case_id: UUID,
    viewer: SignedIn,
    ledger: Ledger,
    as_of: AsOf = None,
) -> Response:
    moment = as_of_instant(as_of)
    history = ledger.case_history(viewer.actor, case_id, moment, "audit")
    signer = request.app.state.settings.signer()
    trusted = None if signer is None else signer.public_key
    proofs = event_proofs(ledger.integrity, case_id, trusted)
    names = staff_names(ledger.user_name, [e.recorded_by or "" for e in history.events])
    path = request.url.path
    return page(
        request,
        "timeline.html",
        "ケースの経過",
        history=history,
        case_id=case_id,
        as_of_value=_local(moment),
        events=[_event(e, proofs, names, path) for e in reversed(history.events)],
        state_json=json.dumps(
            history.state, ensure_ascii=False, indent=2, sort_keys=True
        ),
        auditor=viewer.may(Action.READ_MEETING),
        request_path=path,
        summary=_summary(history.state),
    )


def _summary(state: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The state's outline: what a reader looks for first (counts, dates)."""
    if state is None:
        return []
    intake = state.get("intake") or {}
    counts = (
        ("同意", "consents"),
        ("つなぎ", "referrals"),
        ("アセスメント", "assessments"),
        ("支援プラン", "plans"),
        ("活動", "activities"),
        ("会議での情報提供", "disclosures"),
    )
    return [
        ("受付機関", agency_ja(state.get("holder") or intake.get("agency") or "")),
        ("受付日", _day(intake.get("opened_on"))),
        ("分野", "、".join(field_ja(f) for f in intake.get("fields", []))),
        *((label, f"{len(state.get(key) or {})}件") for label, key in counts),
        ("終結日", _day(state.get("closed_on"))),
    ]


def _day(value: object) -> str:
    return day(date.fromisoformat(value)) if isinstance(value, str) else "—"


def _local(moment: datetime | None) -> str:
    """The picker's value: Tokyo's wall-clock time, to the millisecond."""
    if moment is None:
        return ""
    local = moment.astimezone(TOKYO).replace(tzinfo=None)
    return local.isoformat(timespec="milliseconds").removesuffix(".000")


def _event(
    entry: HistoryEntry, proofs: dict[int, EventProof], names: dict[str, str], path: str
) -> dict[str, Any]:
    proof = proofs.get(entry.version, EventProof(entry.version, ProofState.PENDING))
    who = entry.recorded_by or ""
    return {
        "entry": entry,
        "what": event_ja(entry.type),
        "who": names.get(who) or _staff_id(who),
        "basis": _basis(entry.data),
        "proof": proof,
        "proof_ja": PROOF_JA[proof.state],
        "then": f"{path}?{urlencode({'as_of': entry.recorded_at.isoformat()})}",
        "data_json": json.dumps(
            entry.data, ensure_ascii=False, indent=2, sort_keys=True
        ),
    }


def _staff_id(who: str) -> str:
    """A recorder the ledger names no user for: `system:cli`, or an id's start."""
    if not who:
        return "—"
    return who if ":" in who else f"（職員ID {who[:8]}）"


def _basis(data: dict[str, Any]) -> dict[str, Any] | None:
    """The basis a share rested on: a disclosure's, a referral's, a consent."""
    found = data.get("basis") or (data.get("referral") or {}).get("basis")
    if isinstance(found, dict) and "kind" in found:
        view = BasisView(
            str(found["kind"]),
            _uuid(found.get("consent_id")),
            _uuid(found.get("meeting_id")),
            found.get("statute"),
        )
        meeting = data.get("meeting_id") or found.get("meeting_id")
        return {"label": basis_ja(view), "meeting_id": meeting}
    if isinstance(data.get("consent"), dict):
        return {"label": "本人同意の付与", "meeting_id": None}
    return None


def _uuid(value: object) -> UUID | None:
    return UUID(str(value)) if value else None
