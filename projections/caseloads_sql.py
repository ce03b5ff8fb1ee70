"""The caseload view in SQL (SQLite or PostgreSQL), tracked in the same transaction."""

from __future__ import annotations

from datetime import date

from eventsourcing.persistence import Tracking

from domain.case_handover import UNASSIGNED
from projections.caseload_lists import ReferralTie, StaffRow
from projections.caseload_lists_sql import CaseloadListsSQL
from projections.caseload_view import (
    CaseloadCount,
    CaseloadRow,
    CaseloadsView,
    PlanDue,
)
from projections.caseloads import status_sql
from projections.targets import Table
from projections.tracked_view import TrackedSQLView

_STATEMENTS = {
    "insert_case": (
        "INSERT INTO {caseload_cases} (case_id, agency, worker, opened_on, "
        "closed_on, person_id) VALUES (?,?,?,?,?,?)"
    ),
    "insert_field": ("INSERT INTO {caseload_fields} VALUES (?, ?)"),
    "close": ("UPDATE {caseload_cases} SET closed_on = ? WHERE case_id = ?"),
    "referral": (
        "INSERT INTO {caseload_referrals} VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (referral_id) DO NOTHING"
    ),
    "step": (
        "UPDATE {caseload_referrals} SET status = ?, changed_on = ? "
        "WHERE referral_id = ?"
    ),
    "tie": (
        "INSERT INTO {caseload_ties} VALUES (?, ?) "
        "ON CONFLICT (case_id, agency) DO NOTHING"
    ),
    "staff": (
        "INSERT INTO {caseload_staff} VALUES (?, ?, ?, ?, NULL) "
        "ON CONFLICT (user_id) DO NOTHING"
    ),
    "transfer": "UPDATE {caseload_cases} SET agency = ?, worker = ? WHERE case_id = ?",
    "worker": "UPDATE {caseload_cases} SET worker = ? WHERE case_id = ?",
    "end_staff": ("UPDATE {caseload_staff} SET deactivated_on = ? WHERE user_id = ?"),
    "pending": (
        "UPDATE {caseload_cases} SET pending_referrals = (SELECT COUNT(*) "
        "FROM {caseload_referrals} r WHERE r.case_id = ? "
        "AND r.status IN ('requested', 'accepted')) WHERE case_id = ?"
    ),
    "plan": (
        "INSERT INTO {caseload_plans} (plan_id, case_id, project, revision, "
        "review_on, ended) VALUES (?, ?, ?, 1, ?, 0)"
    ),
    "revise": (
        "UPDATE {caseload_plans} SET revision = ?, review_on = ? WHERE plan_id = ?"
    ),
    "end": ("UPDATE {caseload_plans} SET ended = 1 WHERE plan_id = ?"),
    "evaluate": (
        "UPDATE {caseload_plans} SET evaluated_on = ?, "
        "review_on = COALESCE(?, review_on) WHERE plan_id = ?"
    ),
    "stage": "UPDATE {caseload_cases} SET stage = ? WHERE case_id = ?",
    "active": (
        "UPDATE {caseload_cases} SET active_plans = (SELECT COUNT(*) "
        "FROM {caseload_plans} p WHERE p.case_id = ? AND p.ended = 0) "
        "WHERE case_id = ?"
    ),
}


class CaseloadsSQLView(CaseloadListsSQL, TrackedSQLView, CaseloadsView):
    tables = (
        Table(
            "caseload_cases",
            "case_id TEXT PRIMARY KEY, agency TEXT NOT NULL, worker TEXT NOT NULL, "
            "opened_on TEXT NOT NULL, closed_on TEXT, pending_referrals INTEGER NOT "
            "NULL DEFAULT 0, active_plans INTEGER NOT NULL DEFAULT 0, person_id TEXT, "
            "stage TEXT",
            {"agency": "agency, case_id"},
        ),
        Table(
            "caseload_fields",
            "case_id TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (case_id, field)",
        ),
        Table(
            "caseload_referrals",
            "referral_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, "
            "status TEXT NOT NULL, changed_on TEXT NOT NULL, from_agency TEXT "
            "NOT NULL, to_agency TEXT NOT NULL, requested_on TEXT NOT NULL",
            {"to": "to_agency, referral_id", "from": "from_agency, referral_id"},
        ),
        Table(
            "caseload_ties",
            "case_id TEXT NOT NULL, agency TEXT NOT NULL, "
            "PRIMARY KEY (case_id, agency)",
            {"agency": "agency, case_id"},
        ),
        Table(
            "caseload_staff",
            "user_id TEXT PRIMARY KEY, agency TEXT NOT NULL, role TEXT NOT NULL, "
            "registered_on TEXT NOT NULL, deactivated_on TEXT",
        ),
        Table(
            "caseload_plans",
            "plan_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, project TEXT NOT NULL, "
            "revision INTEGER NOT NULL, review_on TEXT NOT NULL, "
            "ended INTEGER NOT NULL DEFAULT 0, evaluated_on TEXT",
        ),
    )

    def open_case(self, row: CaseloadRow, tracking: Tracking) -> None:
        closed = None if row.closed_on is None else row.closed_on.isoformat()
        params = (row.case_id, row.agency, row.worker, row.opened_on.isoformat())
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["insert_case"], (*params, closed, row.person_id))
            tx.many(
                _STATEMENTS["insert_field"], [(row.case_id, f) for f in set(row.fields)]
            )

    def set_closed(
        self, case_id: str, closed_on: date | None, tracking: Tracking
    ) -> None:
        closed = None if closed_on is None else closed_on.isoformat()
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["close"], (closed, case_id))

    def put_referral(
        self, case_id: str, referral_id: str, status: str, on: date, tracking: Tracking
    ) -> None:
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["step"], (status, on.isoformat(), referral_id))
            tx.run(_STATEMENTS["pending"], (case_id, case_id))

    def request_referral(self, referral: ReferralTie, tracking: Tracking) -> None:
        r = referral
        params = (r.referral_id, r.case_id, r.status, r.changed_on.isoformat())
        parties = (r.from_agency, r.to_agency, r.requested_on.isoformat())
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["referral"], (*params, *parties))
            tx.run(_STATEMENTS["pending"], (r.case_id, r.case_id))
            tx.many(_STATEMENTS["tie"], [(r.case_id, a) for a in parties[:2]])

    def tie(self, case_id: str, agencies: tuple[str, ...], t: Tracking) -> None:
        with self.tracked(t) as tx:
            tx.many(_STATEMENTS["tie"], [(case_id, a) for a in set(agencies)])

    def transfer(
        self, case_id: str, from_agency: str, to_agency: str, t: Tracking
    ) -> None:
        """The new holder holds it now (its worker yet unassigned); both stay tied."""
        with self.tracked(t) as tx:
            tx.run(_STATEMENTS["transfer"], (to_agency, UNASSIGNED, case_id))
            tx.many(_STATEMENTS["tie"], [(case_id, from_agency), (case_id, to_agency)])

    def assign_worker(self, case_id: str, worker: str, t: Tracking) -> None:
        with self.tracked(t) as tx:
            tx.run(_STATEMENTS["worker"], (worker, case_id))

    def put_staff(self, member: StaffRow, tracking: Tracking) -> None:
        m = member
        params = (m.user_id, m.agency, m.role, m.registered_on.isoformat())
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["staff"], params)

    def end_staff(self, user_id: str, on: date, tracking: Tracking) -> None:
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["end_staff"], (on.isoformat(), user_id))

    def add_plan(
        self, case_id: str, plan_id: str, project: str, review_on: date, t: Tracking
    ) -> None:
        with self.tracked(t) as tx:
            tx.run(
                _STATEMENTS["plan"], (plan_id, case_id, project, review_on.isoformat())
            )
            tx.run(_STATEMENTS["active"], (case_id, case_id))

    def revise_plan(
        self, case_id: str, plan_id: str, revision: int, review_on: date, t: Tracking
    ) -> None:
        with self.tracked(t) as tx:
            tx.run(_STATEMENTS["revise"], (revision, review_on.isoformat(), plan_id))

    def end_plan(self, case_id: str, plan_id: str, tracking: Tracking) -> None:
        with self.tracked(tracking) as tx:
            tx.run(_STATEMENTS["end"], (plan_id,))
            tx.run(_STATEMENTS["active"], (case_id, case_id))

    def evaluate_plan(
        self,
        case_id: str,
        plan_id: str,
        evaluated_on: date,
        review_on: date | None,
        t: Tracking,
    ) -> None:
        moved = None if review_on is None else review_on.isoformat()
        with self.tracked(t) as tx:
            tx.run(_STATEMENTS["evaluate"], (evaluated_on.isoformat(), moved, plan_id))

    def set_stage(self, case_id: str, stage: str | None, t: Tracking) -> None:
        with self.tracked(t) as tx:
            tx.run(_STATEMENTS["stage"], (stage, case_id))

    def counts(self, agency: str | None = None) -> list[CaseloadCount]:
        where, params = _agency_filter(agency)
        rows = self.read(
            (
                f"SELECT c.agency, c.worker, f.field, {status_sql('c')} AS status, "  # noqa: S608
                "COUNT(*) AS cases FROM {caseload_cases} c JOIN {caseload_fields} f "
                f"ON f.case_id = c.case_id WHERE c.closed_on IS NULL{where} "
                "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
            ),
            params,
        )
        return [CaseloadCount(**row) for row in rows]

    def status_counts(self, agency: str | None = None) -> dict[str, int]:
        """Cases by status, each case once whatever its fields (closed too)."""
        where, params = _agency_filter(agency)
        rows = self.read(
            (
                f"SELECT {status_sql('c')} AS status, COUNT(*) AS cases "  # noqa: S608
                f"FROM {{caseload_cases}} c WHERE 1 = 1{where} GROUP BY 1 ORDER BY 1"
            ),
            params,
        )
        return {str(row["status"]): int(row["cases"]) for row in rows}

    def plans_due(self, by: date, agency: str | None = None) -> list[PlanDue]:
        """Live plans whose review date is on or before `by`, not yet evaluated."""
        where, params = _agency_filter(agency)
        tail = f"{where} ORDER BY p.review_on, p.plan_id"
        queries = {2: _DUE + tail, 4: _DUE + _UNANSWERED + tail}
        rows = self.read(queries, (by.isoformat(), *params))
        return [_plan_due(row) for row in rows]

    def open_by_agency(self) -> dict[str, int]:
        """Open cases per agency, each case once whatever its fields."""
        rows = self.read(
            "SELECT agency, COUNT(*) AS cases FROM {caseload_cases} "
            "WHERE closed_on IS NULL GROUP BY agency ORDER BY agency"
        )
        return {row["agency"]: int(row["cases"]) for row in rows}


_DUE = (
    "SELECT p.case_id, p.plan_id, p.project, c.agency, c.worker, "
    "p.revision, p.review_on FROM {caseload_plans} p "
    "JOIN {caseload_cases} c ON c.case_id = p.case_id "
    "WHERE p.ended = 0 AND c.closed_on IS NULL AND p.review_on <= ?"
)
# From version 4, an evaluation on or after the review date answers it.
_UNANSWERED = " AND (p.evaluated_on IS NULL OR p.evaluated_on < p.review_on)"


def _agency_filter(agency: str | None) -> tuple[str, tuple[str, ...]]:
    return ("", ()) if agency is None else (" AND c.agency = ?", (agency,))


def _plan_due(row: dict[str, object]) -> PlanDue:
    return PlanDue(
        case_id=str(row["case_id"]),
        plan_id=str(row["plan_id"]),
        project=str(row["project"]),
        agency=str(row["agency"]),
        worker=str(row["worker"]),
        revision=int(str(row["revision"])),
        review_on=date.fromisoformat(str(row["review_on"])),
    )
