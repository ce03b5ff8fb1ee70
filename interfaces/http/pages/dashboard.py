"""評価指標ダッシュボード: the year's indicators against their targets.

The same read model and report as `GET /v1/reports/indicators` and `jusou
report indicators` (`ReadModels.indicator_report`): every 事業's indicators
with actual, target and 達成率 in a table (readable without JavaScript), a
bar chart of target and actual per 事業 and a monthly line per indicator
(Chart.js, served by the service), and the CSV and xlsx of the report
routes, made by the same functions. Counts only: no personal data, so no
access record.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from application.access.policy import Action
from application.store.positions import recorded_at
from domain.catalogue import PROJECT_LABELS_JA, fiscal_year_of
from interfaces.http.deps import Ledger
from interfaces.http.pages.colours import band_of
from interfaces.http.pages.render import page
from interfaces.http.pages.route import PageRoute
from interfaces.http.pages.viewer import Viewer, may_see
from interfaces.http.read_models import Views
from interfaces.http.routes.reports import CSV, XLSX
from interfaces.indicator_chart import MONTHS_JA
from interfaces.report_formats import report_csv, report_xlsx
from projections.indicator_report import IndicatorLine, IndicatorReport

router = APIRouter(prefix="/ui", route_class=PageRoute, include_in_schema=False)
Looker = Annotated[Viewer, may_see(Action.VIEW_INDICATORS)]
FIRST_YEAR = 2019  # 令和元年度
Year = Annotated[int | None, Query(ge=FIRST_YEAR, le=2100)]
FileYear = Annotated[int, Path(ge=FIRST_YEAR, le=2100)]


@router.get("/indicators")
def indicator_dashboard(
    request: Request, _: Looker, views: Views, ledger: Ledger, fiscal_year: Year = None
) -> Response:
    this_year = fiscal_year_of(ledger.today())
    year = fiscal_year or this_year
    report = views.indicator_report(year)
    projects = _projects(report)
    return page(
        request,
        "dashboard.html",
        "評価指標ダッシュボード",
        report=report,
        years=range(this_year + 1, FIRST_YEAR - 1, -1),
        projects=projects,
        charts=_charts(projects),
        updated_at=recorded_at(ledger, report.position),
        months=MONTHS_JA,
    )


@router.get("/indicators/{fiscal_year}.csv")
def indicator_csv(fiscal_year: FileYear, _: Looker, views: Views) -> Response:
    report = views.indicator_report(fiscal_year)
    return _download(report_csv(report), CSV, f"indicators_{fiscal_year}.csv")


@router.get("/indicators/{fiscal_year}.xlsx")
def indicator_xlsx(
    fiscal_year: FileYear, _: Looker, views: Views, ledger: Ledger
) -> Response:
    report = views.indicator_report(fiscal_year)
    body = report_xlsx(report, ledger.today())
    return _download(body, XLSX, f"indicators_{fiscal_year}.xlsx")


def _download(body: bytes, media_type: str, name: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(body, 200, headers, media_type)


def _row(line: IndicatorLine) -> dict[str, Any]:
    band = band_of(line.ratio)
    return {
        "line": line,
        "band": band,
        "ratio_text": "—" if line.ratio is None else f"{line.ratio:.0%}",
        "actual_text": _number(line.actual),
        "target_text": line.target_label
        if line.target is None
        else _number(line.target),
    }


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def _projects(report: IndicatorReport) -> list[dict[str, Any]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for line in report.lines:
        label = PROJECT_LABELS_JA[line.indicator.project]
        found.setdefault(label, []).append(_row(line))
    return [{"label": k, "rows": rows} for k, rows in found.items()]


def _charts(projects: list[dict[str, Any]]) -> dict[str, Any]:
    """The charts' data: target and actual per 事業, the months per indicator.

    As on the workbook's chart sheet, only indicators with a numeric target
    enter the totals (未設定 is never 0).
    """
    bars: dict[str, list[Any]] = {"labels": [], "target": [], "actual": []}
    lines = []
    for project in projects:
        targeted = [r["line"] for r in project["rows"] if r["line"].target is not None]
        bars["labels"].append(project["label"])
        bars["target"].append(sum(x.target or 0 for x in targeted))
        bars["actual"].append(sum(x.actual for x in targeted))
        series = [_series(r["line"]) for r in project["rows"]]
        lines.append({"project": project["label"], "series": series})
    return {"months": list(MONTHS_JA), "bars": bars, "lines": lines}


def _series(line: IndicatorLine) -> dict[str, Any]:
    name = f"{line.indicator.number}. {line.indicator.label_ja}"
    return {"label": name, "data": list(line.monthly)}
