"""Japanese labels for the names and codes in a person's copy (開示).

A code the catalogues do not know is printed as itself rather than dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from application.forms.labels import (
    GIVEN_BY_LABELS_JA,
    MEETING_LABELS_JA,
    PURPOSE_LABELS_JA,
    agency_ja,
)
from domain.catalogue import (
    FIELD_LABELS_JA,
    ISSUE_TAG_LABELS_JA,
    PROJECT_LABELS_JA,
    ROUTE_LABELS_JA,
)
from domain.catalogue.categories import CATEGORY_LABELS_JA

LABELS: dict[str, str] = {
    "person": "本人",
    "cases": "支援ケース",
    "access_log": "閲覧の記録（誰がいつ読んだか）",
    "person_id": "本人ID",
    "identity": "本人情報",
    "name": "氏名",
    "name_kana": "フリガナ",
    "birth_date": "生年月日",
    "address": "住所",
    "phone": "電話",
    "erased_on": "消去日",
    "rights_requests": "開示・訂正・利用停止の請求",
    "erasure_requests": "消去の請求",
    "suspension": "利用停止",
    "since": "停止日",
    "handlers": "請求を扱う職員ID",
    "request_id": "請求ID",
    "request_ref": "受付番号",
    "kind": "種類",
    "status": "状態",
    "requested_on": "受付日",
    "requested_by": "受付者（職員ID）",
    "answered_on": "回答日",
    "answered_by": "回答者（職員ID）",
    "case_id": "ケースID",
    "intake": "相談受付",
    "agency": "機関",
    "agencies": "機関",
    "fields": "分野",
    "issues": "課題",
    "projects": "事業",
    "route": "相談経路",
    "opened_on": "受付日",
    "household_id": "世帯ID",
    "summary": "相談の概要",
    "holder": "担当機関",
    "worker": "担当者（職員ID）",
    "closed_on": "終結日",
    "closure_reason": "終結理由",
    "consents": "同意",
    "consent_id": "同意ID",
    "given_by": "同意した人",
    "representative": "代理人",
    "relationship": "続柄",
    "purposes": "目的",
    "categories": "情報の区分",
    "valid_from": "有効期間（開始）",
    "valid_until": "有効期間（終了）",
    "withdrawn_on": "撤回日",
    "referrals": "つなぎ（紹介）",
    "referral_id": "紹介ID",
    "from_agency": "紹介元",
    "to_agency": "紹介先",
    "reason": "理由",
    "basis": "根拠",
    "steps": "経過",
    "assessments": "アセスメント",
    "findings": "所見",
    "area": "領域",
    "choices": "該当項目",
    "plans": "支援プラン",
    "plan_id": "プランID",
    "revisions": "改訂",
    "statement": "内容",
    "goals": "目標",
    "roles": "役割分担",
    "role": "役割",
    "direction": "支援の方向性",
    "review_on": "見直し予定日",
    "activities": "活動記録",
    "activity_id": "活動ID",
    "occurred_on": "実施日",
    "note": "記録",
    "voided_on": "取消日",
    "replaces": "訂正前の記録",
    "support_decision": "支援決定",
    "decided_on": "決定日",
    "correction_notes": "訂正の付記",
    "note_id": "付記ID",
    "record": "訂正した記録の種類",
    "record_id": "訂正した記録のID",
    "noted_on": "付記日",
    "noted_by": "付記者（職員ID）",
    "meetings": "会議での共有・決定",
    "meeting_id": "会議ID",
    "meeting_kind": "会議の種類",
    "held_on": "開催日",
    "by": "共有した機関",
    "recipients": "共有先",
    "text": "内容",
    "user_id": "職員ID",
    "action": "操作",
    "resource_type": "対象",
    "resource_id": "対象ID",
    "purpose": "目的",
    "at": "日時",
    "outcome": "結果",
    "project": "事業",
    "statute": "法令",
    "changed_on": "最終更新日",
    "withdrawal_reason": "撤回の理由",
    "withdrawal_recorded_at": "撤回の記録日時",
    "void_reason": "取消の理由",
    "consent_ids": "根拠の同意ID",
    "recorded_after_end": "同意終了後の記録",
    "revision": "改訂番号",
    "created_on": "作成日",
    "ended_on": "終了日",
}

STATUS_JA = {
    "pending": "回答待ち",
    "disclosed": "開示済み",
    "corrected": "訂正済み",
    "suspended": "利用停止中",
    "lifted": "利用停止の解除",
    "refused": "不開示・不訂正・不停止",
    "approved": "承認（消去済み）",
    "requested": "依頼中",
    "accepted": "受諾",
    "declined": "辞退",
    "completed": "完了",
    "cancelled": "取消",
}


def _from(labels: Mapping[Any, str]) -> Callable[[str], str]:
    """Look a code up by its text (the catalogues key by `StrEnum` members)."""
    by_text = {str(k): v for k, v in labels.items()}
    return lambda code: by_text.get(code, code)


AGENCY_KEYS = ("agency", "agencies", "holder", "from_agency", "to_agency", "by")
CODES: dict[str, Callable[[str], str]] = {
    **dict.fromkeys((*AGENCY_KEYS, "recipients"), agency_ja),
    "fields": _from(FIELD_LABELS_JA),
    "issues": _from(ISSUE_TAG_LABELS_JA),
    "projects": _from(PROJECT_LABELS_JA),
    "project": _from(PROJECT_LABELS_JA),
    "route": _from(ROUTE_LABELS_JA),
    "categories": _from(CATEGORY_LABELS_JA),
    "purposes": _from(PURPOSE_LABELS_JA),
    "given_by": _from(GIVEN_BY_LABELS_JA),
    "meeting_kind": _from(MEETING_LABELS_JA),
    "status": _from(STATUS_JA),
}


def code_ja(key: str, value: str) -> str:
    """The Japanese label of a code held under `key`; the code if unknown."""
    label = CODES.get(key)
    return value if label is None else label(value)
