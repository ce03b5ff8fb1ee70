"""会議録 (支援会議・重層的支援会議) as a printable form, from the minutes record.

Attendees with their acknowledgements of confidentiality, the cases
discussed (by id: names are not the minutes' to print), disclosures with
their basis, categories and recipients, decisions and plan approvals; then
blanks for what the ledger does not record (the next meeting, who checked).
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.forms.labels import (
    MEETING_LABELS_JA,
    agencies_ja,
    agency_ja,
    basis_ja,
    categories_ja,
    instant_ja,
)
from application.forms.model import (
    CITY,
    WITHHELD,
    Check,
    Checks,
    Entry,
    Form,
    FormKind,
    Section,
    Signature,
    Table,
    Text,
)
from application.forms.wareki import optional, reiwa, wareki
from application.meetings.record import MinutesRecord

CONVENED = "Meeting.Convened"
ACKNOWLEDGED = "Meeting.ConfidentialityAcknowledged"
DISCLOSED = "Meeting.InformationDisclosed"
NOT_RECORDED = "台帳に項目なし（手書き欄）"


def minutes_form(
    record: MinutesRecord, day: date, as_of: str, reader: str, staff: str
) -> Form:
    """会議録: the meeting's minutes as the reader may see them."""
    return Form(
        kind=FormKind.MINUTES,
        city=CITY,
        reference=str(record.meeting_id),
        dated=reiwa(day),
        as_of=as_of,
        staff=staff,
        reader=reader,
        sections=(
            _meeting(record, staff),
            _attendees(record),
            _cases(record),
            _disclosures(record),
            _decisions(record),
            _close(),
        ),
    )


def _meeting(record: MinutesRecord, staff: str) -> Section:
    return Section(
        "会議",
        (
            Checks(
                "会議の種類",
                tuple(
                    Check(label, code == record.kind)
                    for code, label in MEETING_LABELS_JA.items()
                ),
                CONVENED,
            ),
            Entry("会議ID", str(record.meeting_id), CONVENED),
            Entry("開催日", wareki(record.held_on), f"{CONVENED}.held_on"),
            Entry("招集機関（事務局）", agency_ja(record.convened_by), CONVENED),
            Entry("記録者", staff, f"{CONVENED}（記録者）"),
            Entry("閉会日", optional(record.closed_on), "Meeting.Closed"),
        ),
    )


def _attendees(record: MinutesRecord) -> Section:
    rows = tuple(
        (
            agency_ja(a.agency),
            "、".join(k.member_name for k in a.acknowledgements),
            "■確認済" if a.acknowledged else "□未確認",
            "、".join(instant_ja(k.acknowledged_at) for k in a.acknowledgements),
        )
        for a in record.attendees
    )
    return Section(
        "出席者と守秘義務の確認",
        (
            Table(
                "構成員",
                ("機関", "出席者", "守秘義務", "確認の記録"),
                rows,
                f"{CONVENED}.agencies / {ACKNOWLEDGED}",
                widths=(5, 4, 2, 4),
            ),
        ),
    )


def _cases(record: MinutesRecord) -> Section:
    rows = tuple((str(i), str(c)) for i, c in enumerate(record.case_ids, start=1))
    return Section(
        "検討した事例",
        (Table("事例", ("No.", "ケースID"), rows, f"{CONVENED}.case_ids", (1, 8)),),
    )


def _disclosures(record: MinutesRecord) -> Section:
    rows = tuple(
        (
            short(d.case_id),
            agency_ja(d.disclosed_by),
            agencies_ja(d.recipients),
            categories_ja(d.categories),
            basis_ja(d.basis)
            + ("（同意終了後の記録）" if d.recorded_after_end else ""),
            WITHHELD if d.summary is None else d.summary,
        )
        for d in record.disclosures
    )
    return Section(
        "情報提供",
        (
            Table(
                "提供の記録",
                ("事例", "提供機関", "提供先", "区分", "根拠", "要旨"),
                rows,
                DISCLOSED,
                widths=(2, 3, 4, 3, 3, 5),
            ),
        ),
    )


def _decisions(record: MinutesRecord) -> Section:
    decisions = tuple(
        (short(d.case_id), WITHHELD if d.text is None else d.text)
        for d in record.decisions
    )
    approvals = tuple(
        (short(a.case_id), short(a.plan_id), f"第{a.revision}版")
        for a in record.plan_approvals
    )
    return Section(
        "決定事項・プランの承認",
        (
            Table(
                "決定事項",
                ("事例", "決定内容"),
                decisions,
                "Meeting.DecisionRecorded",
                (2, 11),
            ),
            Table(
                "プランの承認",
                ("事例", "プラン", "版"),
                approvals,
                "Meeting.PlanApprovalRecorded",
                (2, 2, 2),
            ),
        ),
    )


def _close() -> Section:
    return Section(
        "次回・確認",
        (
            Text("次回開催予定・評価時期", "", NOT_RECORDED, lines=1),
            Signature("記録者署名"),
            Signature("確認者署名"),
        ),
    )


def short(identifier: UUID) -> str:
    """The first block of an id: enough to tell the cases of one meeting apart."""
    return str(identifier).split("-")[0]
