"""Japanese labels of the ledger's codes, as staff read them on a form.

A code the catalogue does not know (an agency added to the registry later, an
issue tag outside the plan's list) is printed as itself rather than dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from application.meetings.minutes import BasisView
from domain.catalogue import (
    FIELD_LABELS_JA,
    ISSUE_TAG_LABELS_JA,
    PROJECT_LABELS_JA,
    ROUTE_LABELS_JA,
    TOKYO,
    Field,
    Project,
    Route,
    UnknownAgencyError,
    agency,
)
from domain.catalogue.categories import CATEGORY_LABELS_JA, Category
from domain.catalogue.statutes import STATUTES_BY_CODE
from domain.catalogue.support_cycle import (
    AgreementForm,
    ClosureReason,
    Outcome,
    Progress,
)

PURPOSE_LABELS_JA = {
    "information_sharing": "関係機関での情報共有",
    "referral": "関係機関へのつなぎ",
    "coordinated_support_meeting": "重層的支援会議での検討",
}
GIVEN_BY_LABELS_JA = {"person": "本人", "representative": "代理人"}
MEETING_LABELS_JA = {
    "support_meeting": "支援会議（社会福祉法第106条の6）",
    "coordinated_support_meeting": "重層的支援会議",
}
REFERRAL_STATUS_JA = {
    "requested": "依頼中",
    "accepted": "受諾",
    "declined": "辞退",
    "completed": "完了",
    "cancelled": "取消",
}


def agency_ja(code: str | None) -> str:
    if code is None:
        return ""
    try:
        return agency(code).name_ja
    except UnknownAgencyError:
        return code


def agencies_ja(codes: Iterable[str]) -> str:
    return "、".join(agency_ja(c) for c in codes)


def category_ja(code: str) -> str:
    try:
        return CATEGORY_LABELS_JA[Category(code)]
    except ValueError:
        return code


def categories_ja(codes: Iterable[str]) -> str:
    return "、".join(category_ja(c).split("（")[0] for c in codes)


def field_ja(code: str) -> str:
    try:
        return FIELD_LABELS_JA[Field(code)]
    except ValueError:
        return code


def issue_ja(code: str) -> str:
    return ISSUE_TAG_LABELS_JA.get(code, code)


def project_ja(code: str) -> str:
    try:
        return PROJECT_LABELS_JA[Project(code)]
    except ValueError:
        return code


def route_ja(code: str) -> str:
    try:
        return ROUTE_LABELS_JA[Route(code)]
    except ValueError:
        return code


def closure_ja(code: str) -> str:
    """終結理由: 目標の達成・課題の解決, 転居 and the others."""
    try:
        return ClosureReason(code).label_ja
    except ValueError:
        return code


def agreement_ja(code: str) -> str:
    """How the person agreed: 署名 or 口頭."""
    try:
        return AgreementForm(code).label_ja
    except ValueError:
        return code


def progress_ja(code: str) -> str:
    """Progress on a goal: 達成, 改善, 変化なし, 悪化."""
    try:
        return Progress(code).label_ja
    except ValueError:
        return code


def outcome_ja(code: str) -> str:
    """What an evaluation decided: 継続, 見直し, 終了."""
    try:
        return Outcome(code).label_ja
    except ValueError:
        return code


def purposes_ja(codes: Iterable[str]) -> str:
    return "、".join(PURPOSE_LABELS_JA.get(c, c) for c in codes)


def basis_ja(basis: BasisView | None) -> str:
    """本人同意, 支援会議（法第106条の6）, or the statute's citation."""
    if basis is None:
        return ""
    if basis.kind == "consent":
        return "本人同意"
    if basis.kind == "support_meeting":
        return "支援会議（社会福祉法第106条の6）"
    statute = STATUTES_BY_CODE.get(basis.statute or "")
    return f"法令（{statute.citation_ja}）" if statute else f"法令（{basis.statute}）"


def instant_ja(instant: datetime) -> str:
    """An instant in JST to the minute, for the form's "as of" line."""
    return instant.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M JST")
