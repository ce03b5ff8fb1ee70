"""The indicator report as JSON, CSV (UTF-8 with BOM, for Excel), xlsx and table.

All four come from one declaration, `INDICATOR_COLUMNS`: a new figure is one
more `Column` there. Shared by the HTTP routes and the `jusou report`
command. Nothing here is personal data: labels, codes, targets and counts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from rich.table import Table

from domain.catalogue import FIELD_LABELS_JA, PROJECT_LABELS_JA, Field
from interfaces.columns import COUNT, PERCENT, Column, Columns, Sheet, workbook
from interfaces.indicator_chart import MONTHS_JA, chart_sheet
from interfaces.indicator_explain import how_counted
from projections.indicator_report import IndicatorLine, IndicatorReport

CITY_JA = "大田原市"  # the city of the plan (domain/catalogue)
Line = IndicatorLine


def target_text(line: Line) -> str:
    """The number, or 未設定 / 計画期間外 (never 0) when the plan sets none."""
    return line.target_label if line.target is None else f"{line.target:,}"


def plan_text(line: Line) -> str:
    if line.deferred_to:
        return f"{line.deferred_to}に準ずる"
    return line.indicator.reference_plan or ""


def _project_ja(line: Line) -> str:
    return PROJECT_LABELS_JA[line.indicator.project]


def _field(line: Line) -> str | None:
    return None if line.indicator.field is None else line.indicator.field.value


def _field_ja(line: Line) -> str | None:
    field = line.indicator.field
    return None if field is None else FIELD_LABELS_JA[Field(field)]


def _json_only(key: str, heading: str, value: Any) -> Column[Line]:
    return Column(key, heading, value, sheet=False, table=False)


INDICATOR_COLUMNS = Columns[Line](
    (
        Column("number", "番号", lambda x: x.indicator.number),
        Column("indicator_id", "指標ID", lambda x: x.indicator.id, table=False),
        _json_only("project", "事業コード", lambda x: x.indicator.project.value),
        Column(
            "project_ja",
            "事業",
            _project_ja,
            text=lambda x: _project_ja(x).removesuffix("事業"),
        ),
        _json_only("field", "分野コード", _field),
        Column("field_ja", "分野", _field_ja, table=False),
        Column("label_ja", "指標", lambda x: x.indicator.label_ja, width=48),
        Column("unit_ja", "単位", lambda x: x.indicator.unit_ja),
        Column(
            "target",
            "目標",
            lambda x: x.target,
            COUNT,
            cell=lambda x: target_text(x) if x.target is None else x.target,
        ),
        _json_only("target_label", "目標（表示）", lambda x: x.target_label),
        _json_only("deferred_to", "準拠計画", lambda x: x.deferred_to),
        _json_only("reference_plan", "参考計画", lambda x: x.indicator.reference_plan),
        Column("actual", "実績", lambda x: x.actual, COUNT),
        Column("ratio", "達成率", lambda x: x.ratio, PERCENT),
        Column(
            "plan_ja",
            "参考・準拠計画",
            plan_text,
            text=lambda x: plan_text(x) if x.target is None else "",
            width=40,
        ),
        Column(
            "monthly",
            "月別",
            lambda x: list(x.monthly),
            COUNT,
            spread=MONTHS_JA,
            table=False,
        ),
        _json_only("breakdown", "内訳", lambda x: x.breakdown),
    ),
    frozen=5,  # 番号 … 指標 stay in view
)


def report_json(report: IndicatorReport) -> dict[str, Any]:
    return {
        "fiscal_year": report.fiscal_year,
        "label_ja": report.label_ja,
        "position": report.position,
        "indicators": [INDICATOR_COLUMNS.json(line) for line in report.lines],
    }


def explain_json(report: IndicatorReport, indicator_id: str) -> dict[str, Any]:
    """The facts behind one figure, each with the stored event that made it."""
    line = report.line(indicator_id)
    return {
        **INDICATOR_COLUMNS.json(line),
        "how_counted": how_counted(line, report.fiscal_year),
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


def report_csv(report: IndicatorReport) -> bytes:
    return INDICATOR_COLUMNS.csv(report.lines)


def report_xlsx(report: IndicatorReport, output_on: date) -> bytes:
    """The 29 indicators (monthly in columns) under a title; a chart sheet."""
    title, fy = f"{report.label_ja}評価指標", report.fiscal_year
    lines = (
        f"{CITY_JA} 重層的支援体制整備事業 評価指標の実績",
        f"{report.label_ja}（{fy}年4月〜{fy + 1}年3月）",
        f"出力日 {output_on.isoformat()}（ledger position {report.position}）",
    )
    sheet = Sheet(title, INDICATOR_COLUMNS, report.lines, title_lines=lines)
    return workbook([sheet], more=chart_sheet(report))


def report_table(report: IndicatorReport) -> Table:
    title = f"{report.label_ja} 評価指標の実績 (position {report.position})"
    return INDICATOR_COLUMNS.table(report.lines, title, style=_style)


def monthly_table(report: IndicatorReport) -> Table:
    """番号 and the monthly figures (the columns with one heading per month)."""
    chosen = [
        replace(c, table=True)
        for c in INDICATOR_COLUMNS.columns
        if c.key == "number" or c.spread
    ]
    return Columns(tuple(chosen)).table(report.lines, "月別")


def _style(line: Line) -> str:
    ratio = line.ratio
    return "" if ratio is None else "green" if ratio >= 1 else "yellow"
