"""The caseloads report as JSON, CSV (UTF-8 with BOM), xlsx and table.

Open cases by agency, worker (a pseudonymous user id), field and status, from
one declaration, `CASELOAD_COLUMNS`; the plans due for review and the open
cases per agency have theirs. The xlsx has one sheet for each. Beside each
code its Japanese name: 機関名 from the catalogue, 分野 and 事業 labels, and
担当者名 from the `User` aggregates, looked up once per worker per report
(`staff_names`); the read model keeps no names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from rich.table import Table

from application.errors import NotFoundError
from interfaces.columns import COUNT, Column, Columns, Sheet, workbook
from interfaces.labels import agency_ja, field_ja, project_ja
from projections.caseload_view import CaseloadCount, PlanDue
from projections.caseloads import STATUS_LABELS_JA, CaseStatus

T = TypeVar("T", CaseloadCount, PlanDue)

CASELOAD_COLUMNS = Columns[CaseloadCount](
    (
        Column("agency", "機関コード", lambda c: c.agency, table=False),
        Column("agency_ja", "機関名", lambda c: agency_ja(c.agency)),
        Column("worker", "担当者ID", lambda c: c.worker, text=lambda c: c.worker[:8]),
        Column("worker_name", "担当者名", lambda c: c.worker_name),
        Column("field", "分野コード", lambda c: c.field, table=False),
        Column("field_ja", "分野", lambda c: field_ja(c.field)),
        Column("status", "状況コード", lambda c: c.status, sheet=False, table=False),
        Column("status_ja", "状況", lambda c: _status_ja(c.status)),
        Column("cases", "件数", lambda c: c.cases, COUNT),
    ),
    frozen=4,
)
PLAN_DUE_COLUMNS = Columns[PlanDue](
    (
        Column("case_id", "ケースID", lambda p: p.case_id, width=38),
        Column("plan_id", "プランID", lambda p: p.plan_id, width=38),
        Column("project", "事業コード", lambda p: p.project),
        Column("project_ja", "事業", lambda p: project_ja(p.project)),
        Column("agency", "機関コード", lambda p: p.agency),
        Column("agency_ja", "機関名", lambda p: agency_ja(p.agency)),
        Column("worker", "担当者ID", lambda p: p.worker, width=38),
        Column("worker_name", "担当者名", lambda p: p.worker_name),
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
        Column("agency", "機関コード", lambda a: a[0]),
        Column("agency_ja", "機関名", lambda a: agency_ja(a[0])),
        Column("open_cases", "未終結ケース数", lambda a: a[1], COUNT),
    ),
)


def staff_names(
    name_of: Callable[[UUID], str], workers: Iterable[str]
) -> dict[str, str]:
    """Each worker's name, read once per report; "" for one no user stands for."""
    names = {}
    for worker in sorted(set(workers)):
        try:
            names[worker] = name_of(UUID(worker))
        except (ValueError, NotFoundError):  # e.g. `system:cli`, the CLI's own
            names[worker] = ""
    return names


def named(rows: list[T], names: dict[str, str]) -> list[T]:
    """The rows with their workers' names beside the ids."""
    return [replace(row, worker_name=names.get(row.worker, "")) for row in rows]


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


def _status_ja(code: str) -> str:
    """The status's label, declared beside the status in the read model."""
    known = code in STATUS_LABELS_JA
    return STATUS_LABELS_JA[CaseStatus(code)] if known else code


def reviews_due_json(due: list[PlanDue], today: date) -> dict[str, Any]:
    """Plans whose review date passed before `today` without an evaluation."""
    return {
        "as_of": today.isoformat(),
        "reviews_due": [
            PLAN_DUE_COLUMNS.json(p) | {"days_overdue": (today - p.review_on).days}
            for p in due
        ],
    }


def reviews_due_csv(due: list[PlanDue]) -> bytes:
    return PLAN_DUE_COLUMNS.csv(due)


def reviews_due_xlsx(due: list[PlanDue]) -> bytes:
    return workbook([Sheet("見直し期限超過", PLAN_DUE_COLUMNS, due)])


def reviews_due_table(due: list[PlanDue], today: date) -> Table:
    return PLAN_DUE_COLUMNS.table(due, f"見直し期限を過ぎたプラン（{today} 現在）")
