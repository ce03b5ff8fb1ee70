"""GET /v1/reports/…: the plan's indicators (reporters) and caseloads.

Served from the read models; no personal data (codes, counts, pseudonymous
ids). `explain=INDICATOR_ID` answers (as JSON) with the events behind one
figure. A supervisor sees the caseloads of their own agency only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query, Response

from application.access.actor import Actor
from application.access.policy import Action
from application.case_ledger import CaseLedger
from application.errors import ForbiddenError
from domain.catalogue import TOKYO
from domain.user import Role
from interfaces.caseload_formats import (
    caseloads_csv,
    caseloads_json,
    caseloads_xlsx,
    named,
    staff_names,
)
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.read_models import (
    POSITION_HEADER,
    Views,
    caught_up,
    position_after,
)
from interfaces.http.values import Code
from interfaces.report_formats import (
    explain_json,
    report_csv,
    report_json,
    report_xlsx,
)
from projections.caseload_view import CaseloadCount, PlanDue
from projections.indicator_report import IndicatorReport
from projections.read_models import ReadModels

router = APIRouter(prefix="/v1/reports", tags=["reports"])
Reporter = Annotated[Actor, allowed(Action.READ_REPORTS)]
CaseloadReader = Annotated[Actor, allowed(Action.READ_CASELOADS)]
MinPosition = Annotated[
    int | None, Query(ge=0, le=2**62, description="wait (≤2 s) for this position")
]
CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ReportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


class CaseloadFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


@router.get("/indicators", response_model=None)
def indicator_report(  # noqa: PLR0917 (query parameters)
    _reporter: Reporter,
    _fresh: Annotated[None, caught_up("indicators")],
    views: Views,
    response: Response,
    fiscal_year: Annotated[int, Query(ge=2019, le=2100, description="年度")],
    format: ReportFormat = ReportFormat.JSON,
    explain: Annotated[str | None, Query(max_length=80)] = None,
    min_position: MinPosition = None,
) -> dict[str, Any] | Response:
    """評価指標の実績: all 29 indicators, target, actual, ratio, monthly."""
    position_after(views, "indicators", min_position, response)
    report = views.indicator_report(fiscal_year)
    if explain is not None:
        return explain_json(report, explain)
    if format is ReportFormat.JSON:
        return report_json(report)
    return _file(report, format)


def _file(report: IndicatorReport, format_: ReportFormat) -> Response:
    """CSV (UTF-8 with BOM, for Excel) or xlsx, as a download."""
    name = f"indicators_{report.fiscal_year}.{format_.value}"
    headers = {
        POSITION_HEADER: str(report.position),
        "Content-Disposition": f'attachment; filename="{name}"',
    }
    if format_ is ReportFormat.CSV:
        return Response(report_csv(report), 200, headers, CSV)
    today = datetime.now(TOKYO).date()
    return Response(report_xlsx(report, today), 200, headers, XLSX)


@router.get("/caseloads", response_model=None)
def caseload_report(  # noqa: PLR0917 (query parameters)
    actor: CaseloadReader,
    _fresh: Annotated[None, caught_up("caseloads")],
    views: Views,
    ledger: Ledger,
    response: Response,
    agency: Code | None = None,
    within_days: Annotated[int, Query(ge=0, le=366)] = 30,
    format: CaseloadFormat = CaseloadFormat.JSON,
    min_position: MinPosition = None,
) -> dict[str, Any] | Response:
    """担当ケース数: open cases by agency, worker, field and status; plans due."""
    agency = agency_for(actor, agency)
    position = position_after(views, "caseloads", min_position, response)
    counts, by_agency, due = _caseloads(views, agency, within_days)
    counts, due = _with_names(ledger, counts, due)
    if format is CaseloadFormat.JSON:
        return {"position": position, **caseloads_json(counts, by_agency, due)}
    if format is CaseloadFormat.CSV:
        return Response(
            caseloads_csv(counts), 200, {POSITION_HEADER: str(position)}, CSV
        )
    headers = {
        POSITION_HEADER: str(position),
        "Content-Disposition": 'attachment; filename="caseloads.xlsx"',
    }
    return Response(caseloads_xlsx(counts, by_agency, due), 200, headers, XLSX)


def _caseloads(
    views: ReadModels, agency: str | None, within_days: int
) -> tuple[list[CaseloadCount], dict[str, int], list[PlanDue]]:
    by = datetime.now(TOKYO).date() + timedelta(days=within_days)
    by_agency = views.caseloads.open_by_agency()
    if agency is not None:
        by_agency = {agency: by_agency.get(agency, 0)}
    due = views.caseloads.plans_due(by, agency)
    return views.caseloads.counts(agency), by_agency, due


def _with_names(
    ledger: CaseLedger, counts: list[CaseloadCount], due: list[PlanDue]
) -> tuple[list[CaseloadCount], list[PlanDue]]:
    """Each worker's name (担当者名), looked up once for the report."""
    workers = [c.worker for c in counts] + [p.worker for p in due]
    names = staff_names(_name_of(ledger), workers)
    return named(counts, names), named(due, names)


def _name_of(ledger: CaseLedger) -> Callable[[UUID], str]:
    return ledger.user_name


def agency_for(actor: Actor, agency: str | None) -> str | None:
    """A supervisor reads their own agency; a reporter any (or all)."""
    if actor.role != Role.SUPERVISOR:
        return agency
    if agency not in {None, actor.agency}:
        raise ForbiddenError(f"a supervisor of {actor.agency} reads its caseloads")
    return actor.agency
