"""The indicator report as JSON, CSV (UTF-8 with BOM, for Excel) and xlsx.

Shared by the HTTP routes and the `jusou report` command. Nothing here is
personal data: labels, codes, targets and counts.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from domain.catalogue import FIELD_LABELS_JA, PROJECT_LABELS_JA, Field
from projections.caseloads import CaseloadCount, PlanDue
from projections.indicator_report import IndicatorLine, IndicatorReport

MONTHS_JA = tuple(f"{(i + 3) % 12 + 1}月" for i in range(12))  # 4月 … 3月
COLUMNS_JA = (
    "番号",
    "指標ID",
    "事業",
    "分野",
    "指標",
    "単位",
    "目標",
    "実績",
    "達成率",
    "参考・準拠計画",
    *MONTHS_JA,
)


def line_json(line: IndicatorLine) -> dict[str, Any]:
    ind = line.indicator
    return {
        "number": ind.number,
        "indicator_id": ind.id,
        "label_ja": ind.label_ja,
        "project": ind.project.value,
        "project_ja": PROJECT_LABELS_JA[ind.project],
        "field": None if ind.field is None else ind.field.value,
        "field_ja": None if ind.field is None else FIELD_LABELS_JA[Field(ind.field)],
        "unit_ja": ind.unit_ja,
        "target": line.target,
        "target_label": line.target_label,
        "deferred_to": line.deferred_to,
        "reference_plan": ind.reference_plan,
        "actual": line.actual,
        "ratio": line.ratio,
        "monthly": list(line.monthly),
        "breakdown": line.breakdown,
    }


def report_json(report: IndicatorReport) -> dict[str, Any]:
    return {
        "fiscal_year": report.fiscal_year,
        "label_ja": report.label_ja,
        "position": report.position,
        "indicators": [line_json(line) for line in report.lines],
    }


def explain_json(report: IndicatorReport, indicator_id: str) -> dict[str, Any]:
    """The facts behind one figure, each with the stored event that made it."""
    line = report.line(indicator_id)
    return {
        **line_json(line),
        "fiscal_year": report.fiscal_year,
        "position": report.position,
        "events": [
            {
                "source_id": fact.source_id,
                "dimension": fact.dimension or None,
                "on": fact.on.isoformat(),
                "fiscal_month": fact.fiscal_month,
                "value": fact.value,
                "originator_id": fact.event.originator_id,
                "originator_version": fact.event.originator_version,
                "notification_id": fact.event.notification_id,
            }
            for fact in line.contributions
        ],
    }


def ratio_text(ratio: float | None) -> str:
    return "" if ratio is None else f"{ratio:.1%}"


def target_text(line: IndicatorLine) -> str:
    """The number, or 未設定 / 計画期間外 (never 0) when the plan sets none."""
    return line.target_label if line.target is None else f"{line.target:,}"


def plan_text(line: IndicatorLine) -> str:
    if line.deferred_to:
        return f"{line.deferred_to}に準ずる"
    return line.indicator.reference_plan or ""


def line_cells(line: IndicatorLine) -> list[Any]:
    ind = line.indicator
    return [
        ind.number,
        ind.id,
        PROJECT_LABELS_JA[ind.project],
        "" if ind.field is None else FIELD_LABELS_JA[Field(ind.field)],
        ind.label_ja,
        ind.unit_ja,
        line.target if line.target is not None else target_text(line),
        line.actual,
        ratio_text(line.ratio),
        plan_text(line),
        *line.monthly,
    ]


def report_csv(report: IndicatorReport) -> bytes:
    """UTF-8 with a BOM and CRLF line ends: Excel opens it with 日本語 intact."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS_JA)
    writer.writerows(line_cells(line) for line in report.lines)
    return buffer.getvalue().encode("utf-8-sig")


def report_xlsx(report: IndicatorReport) -> bytes:
    """One sheet: a header row, then the 29 indicators (monthly in columns)."""
    book = Workbook()
    sheet = book.active
    if sheet is None:  # a new workbook always has one
        sheet = book.create_sheet()
    sheet.title = f"{report.label_ja}評価指標"
    sheet.append(list(COLUMNS_JA))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for line in report.lines:
        sheet.append(line_cells(line))
    sheet.column_dimensions["E"].width = 48
    sheet.column_dimensions["J"].width = 40
    sheet.freeze_panes = "F2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


STATUS_LABELS_JA = {
    "intake": "受付・アセスメント中",
    "referral_pending": "つなぎ中",
    "under_plan": "プラン支援中",
    "closed": "終結",
}


def caseloads_json(
    counts: list[CaseloadCount], by_agency: dict[str, int], due: list[PlanDue]
) -> dict[str, Any]:
    """Open cases by agency, worker (a user id), field and status; plans due."""
    return {
        "open_cases_by_agency": by_agency,
        "caseloads": [
            {**vars(c), "status_ja": STATUS_LABELS_JA.get(c.status, c.status)}
            for c in counts
        ],
        "plans_due_for_review": [
            {**vars(p), "review_on": p.review_on.isoformat()} for p in due
        ],
    }


def caseloads_csv(counts: list[CaseloadCount]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("機関", "担当者ID", "分野", "状況", "件数"))
    writer.writerows(
        (c.agency, c.worker, c.field, STATUS_LABELS_JA.get(c.status, c.status), c.cases)
        for c in counts
    )
    return buffer.getvalue().encode("utf-8-sig")
