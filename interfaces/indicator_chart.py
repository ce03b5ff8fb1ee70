"""The indicator workbook's chart sheet (グラフ): target and actual, by 事業.

Target against actual per 事業 as columns, and the months as lines, one per 事業.

Only indicators with a numeric target enter the target/actual totals (a
deferred target is 未設定, never 0); the monthly lines sum the actual figures
of each 事業's indicators. Units differ between indicators, so the totals
show the shape of the year, not one quantity.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from domain.catalogue import PROJECT_LABELS_JA
from projections.indicator_report import IndicatorLine, IndicatorReport

MONTHS_JA = tuple(f"{(i + 3) % 12 + 1}月" for i in range(12))  # 4月 … 3月


def chart_sheet(report: IndicatorReport) -> Callable[[Workbook], None]:
    """What `workbook(…, more=…)` calls to add the chart sheet."""

    def add(book: Workbook) -> None:
        sheet = book.create_sheet("グラフ")
        assert isinstance(sheet, Worksheet)  # noqa: S101 (create_sheet's union)
        projects = _by_project(report.lines)
        _targets_and_actuals(sheet, projects)
        _months(sheet, projects, first_row=len(projects) + 4)

    return add


def _by_project(lines: tuple[IndicatorLine, ...]) -> dict[str, list[IndicatorLine]]:
    found: dict[str, list[IndicatorLine]] = {}
    for line in lines:
        label = PROJECT_LABELS_JA[line.indicator.project]
        found.setdefault(label, []).append(line)
    return found


def _targets_and_actuals(
    sheet: Worksheet, projects: dict[str, list[IndicatorLine]]
) -> None:
    rows: list[list[str | float]] = [["事業", "目標", "実績"]]
    for label, lines in projects.items():
        targeted = [x for x in lines if x.target is not None]
        rows.append(
            [
                label,
                sum(x.target or 0 for x in targeted),
                sum(x.actual for x in targeted),
            ]
        )
    for row in rows:
        sheet.append(row)
    sheet["A1"].font = Font(bold=True)
    chart = BarChart()
    chart.type, chart.title = "col", "事業別 目標と実績（目標のある指標）"
    chart.y_axis.title, chart.width, chart.height = "件数等", 24, 10
    count = len(rows) - 1
    data = Reference(sheet, min_col=2, max_col=3, min_row=1, max_row=count + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=count + 1))
    sheet.add_chart(chart, "F2")


def _months(
    sheet: Worksheet, projects: dict[str, list[IndicatorLine]], first_row: int
) -> None:
    header = ["月", *projects]
    rows = [header] + [
        [month, *(sum(x.monthly[i] for x in lines) for lines in projects.values())]
        for i, month in enumerate(MONTHS_JA)
    ]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=first_row + offset, column=column, value=value)
    chart = LineChart()
    chart.title, chart.y_axis.title = "月別の実績（事業別）", "件数等"
    chart.width, chart.height = 24, 10
    last = first_row + len(MONTHS_JA)
    data = Reference(
        sheet, min_col=2, max_col=len(header), min_row=first_row, max_row=last
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(
        Reference(sheet, min_col=1, min_row=first_row + 1, max_row=last)
    )
    sheet.add_chart(chart, "F24")
