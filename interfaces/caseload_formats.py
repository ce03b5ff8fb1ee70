"""The caseloads report as JSON, CSV (UTF-8 with BOM), xlsx and table.

Open cases by agency, worker (a pseudonymous user id), field and status, from
one declaration, `CASELOAD_COLUMNS`; the plans due for review and the open
cases per agency have theirs. The xlsx has one sheet for each.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.table import Table

from interfaces.columns import COUNT, Column, Columns, Sheet, workbook
from projections.caseloads import CaseloadCount, PlanDue

STATUS_LABELS_JA = {
    "intake": "受付・アセスメント中",
    "referral_pending": "つなぎ中",
    "under_plan": "プラン支援中",
    "closed": "終結",
}

CASELOAD_COLUMNS = Columns[CaseloadCount](
    (
        Column("agency", "機関", lambda c: c.agency),
        Column("worker", "担当者ID", lambda c: c.worker, text=lambda c: c.worker[:8]),
        Column("field", "分野", lambda c: c.field),
        Column("status", "状況コード", lambda c: c.status, sheet=False, table=False),
        Column("status_ja", "状況", lambda c: STATUS_LABELS_JA.get(c.status, c.status)),
        Column("cases", "件数", lambda c: c.cases, COUNT),
    ),
    frozen=2,
)
PLAN_DUE_COLUMNS = Columns[PlanDue](
    (
        Column("case_id", "ケースID", lambda p: p.case_id, width=38),
        Column("plan_id", "プランID", lambda p: p.plan_id, width=38),
        Column("project", "事業", lambda p: p.project),
        Column("agency", "機関", lambda p: p.agency),
        Column("worker", "担当者ID", lambda p: p.worker, width=38),
        Column("revision", "改定", lambda p: p.revision, COUNT),
        Column(
            "review_on",
            "見直し期限",
            lambda p: p.review_on.isoformat(),
            "yyyy-mm-dd",
            cell=lambda p: p.review_on,
        ),
    ),
)
AGENCY_COLUMNS = Columns[tuple[str, int]](
    (
        Column("agency", "機関", lambda a: a[0]),
        Column("open_cases", "未終結ケース数", lambda a: a[1], COUNT),
    ),
)


def caseloads_json(
    counts: list[CaseloadCount], by_agency: dict[str, int], due: list[PlanDue]
) -> dict[str, Any]:
    """Open cases by agency, worker (a user id), field and status; plans due."""
    return {
        "open_cases_by_agency": by_agency,
        "caseloads": [CASELOAD_COLUMNS.json(c) for c in counts],
        "plans_due_for_review": [PLAN_DUE_COLUMNS.json(p) for p in due],
    }


def caseloads_csv(counts: list[CaseloadCount]) -> bytes:
    return CASELOAD_COLUMNS.csv(counts)


def caseloads_xlsx(
    counts: list[CaseloadCount], by_agency: dict[str, int], due: list[PlanDue]
) -> bytes:
    return workbook(
        [
            Sheet("担当ケース数", CASELOAD_COLUMNS, counts),
            Sheet("機関別", AGENCY_COLUMNS, list(by_agency.items())),
            Sheet("見直し予定", PLAN_DUE_COLUMNS, due),
        ]
    )


def caseloads_table(counts: list[CaseloadCount]) -> Table:
    return CASELOAD_COLUMNS.table(counts, "担当ケース数")


def plans_due_line(due: list[PlanDue], by: date) -> str:
    return f"見直し期限が {by} までのプラン: {len(due)} 件"
