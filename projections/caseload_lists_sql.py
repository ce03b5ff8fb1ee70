"""The lists' queries over the caseload tables (SQLite and PostgreSQL alike).

Each reads version 3's tables; until a database has switched to them, the
version 2 query answers what the older tables can (own cases, no ties).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from projections.caseload_lists import CaseFilter, ListedCase, ReferralTie, StaffRow
from projections.caseloads import status_sql
from projections.view_store import Row

_REVIEW = (
    "(SELECT MIN(p.review_on) FROM {caseload_plans} p "
    "WHERE p.case_id = c.case_id AND p.ended = 0)"
)
_CASES = (
    "SELECT c.case_id, c.agency, c.worker, <person> AS person_id, c.opened_on, "  # noqa: S608
    f"c.closed_on, <status> AS status, {_REVIEW} AS review_on "
    "FROM {caseload_cases} c WHERE (c.agency = ?<ties>) AND c.case_id > ?"
)
_TIES = " OR c.case_id IN (SELECT t.case_id FROM {caseload_ties} t WHERE t.agency = ?)"
_FILTERS = {
    "agency": " AND c.agency = ?",
    "worker": " AND c.worker = ?",
    "status": " AND <status> = ?",
    "field": (
        " AND EXISTS (SELECT 1 FROM {caseload_fields} f "
        "WHERE f.case_id = c.case_id AND f.field = ?)"
    ),
    "person": " AND c.person_id = ?",
    "review_before": (
        " AND EXISTS (SELECT 1 FROM {caseload_plans} p WHERE p.case_id = "
        "c.case_id AND p.ended = 0 AND c.closed_on IS NULL AND p.review_on < ?"
        "<unanswered>)"
    ),
}
_REFERRALS = (
    "SELECT case_id, referral_id, from_agency, to_agency, status, requested_on, "
    "changed_on FROM {caseload_referrals} WHERE (to_agency = ? OR from_agency = ?) "
    "AND referral_id > ?"
)
_STAFF = (
    "SELECT user_id, agency, role, registered_on, deactivated_on "
    "FROM {caseload_staff} WHERE user_id > ?"
)


_V2_TIES = " OR c.agency = ?"  # the same parameters; version 2 keeps no ties


# From version 4 a review is due only until an evaluation answers it.
_UNANSWERED = " AND (p.evaluated_on IS NULL OR p.evaluated_on < p.review_on)"


def _cases(version: int, tail: str) -> str:
    person, ties = ("c.person_id", _TIES) if version >= 3 else ("NULL", _V2_TIES)  # noqa: PLR2004
    unanswered = _UNANSWERED if version >= 4 else ""  # noqa: PLR2004
    query = _CASES.replace("<person>", person).replace("<ties>", ties) + tail
    if version < 3:  # noqa: PLR2004 (version 2 keeps no person: none is found)
        query = query.replace("c.person_id = ?", "NULL = ?")
    # The statuses as the read model declares them now (a rule on `stage`
    # reads version 4's tables only).
    status = status_sql("c")
    return query.replace("<unanswered>", unanswered).replace("<status>", status)


class CaseloadListsSQL:
    """Pages of cases, referrals and staff, in id order after a cursor."""

    if TYPE_CHECKING:  # TrackedSQLView's, beside this in the view's bases

        def read(self, query: Any, params: Sequence[Any] = ()) -> list[Row]: ...

    def case_candidates(
        self, where: CaseFilter, after: str, limit: int
    ) -> list[ListedCase]:
        """The reader's own cases and those naming it, filtered; not yet judged."""
        chosen = {k: v for k, v in vars(where).items() if k in _FILTERS and v}
        tail = "".join(_FILTERS[k] for k in chosen) + " ORDER BY c.case_id LIMIT ?"
        values = [v.isoformat() if isinstance(v, date) else v for v in chosen.values()]
        params = (where.reader, where.reader, after, *values, limit)
        rows = self.read({v: _cases(v, tail) for v in (2, 3, 4)}, params)
        fields = self._fields([str(row["case_id"]) for row in rows])
        return [_listed(row, fields.get(str(row["case_id"]), ())) for row in rows]

    def referrals_of(
        self, agency: str, after: str, limit: int, **where: str | None
    ) -> list[ReferralTie]:
        """Referrals to or from the agency (its inbox and its outbox)."""
        chosen = {k: v for k, v in where.items() if v is not None}
        tail = "".join(f" AND {k} = ?" for k in chosen)
        query = _REFERRALS + tail + " ORDER BY referral_id LIMIT ?"
        params = (agency, agency, after, *chosen.values(), limit)
        rows = self.read({2: _nothing(len(params)), 3: query}, params)
        return [_referral(row) for row in rows]

    def staff(self, after: str, limit: int) -> list[StaffRow]:
        query = _STAFF + " ORDER BY user_id LIMIT ?"
        rows = self.read({2: _nothing(2), 3: query}, (after, limit))
        return [_staff(row) for row in rows]

    def _fields(self, case_ids: list[str]) -> dict[str, tuple[str, ...]]:
        if not case_ids:
            return {}
        marks = ", ".join("?" for _ in case_ids)
        rows = self.read(
            "SELECT case_id, field FROM {caseload_fields} "  # noqa: S608
            f"WHERE case_id IN ({marks}) ORDER BY case_id, field",
            case_ids,
        )
        found: dict[str, tuple[str, ...]] = {}
        for row in rows:
            key = str(row["case_id"])
            found[key] = (*found.get(key, ()), str(row["field"]))
        return found


def _nothing(parameters: int) -> str:
    """No rows, taking the same parameters: version 2 keeps no referral parties."""
    casts = ", ".join(f"CAST(? AS TEXT) AS p{n}" for n in range(parameters))
    return f"SELECT {casts} WHERE 1 = 0"


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _listed(row: Row, fields: tuple[str, ...]) -> ListedCase:
    person = row["person_id"]
    return ListedCase(
        case_id=str(row["case_id"]),
        agency=str(row["agency"]),
        worker=str(row["worker"]),
        person_id=None if person is None else str(person),
        fields=fields,
        status=str(row["status"]),
        opened_on=date.fromisoformat(str(row["opened_on"])),
        closed_on=_day(row["closed_on"]),
        review_on=_day(row["review_on"]),
    )


def _referral(row: Row) -> ReferralTie:
    return ReferralTie(
        case_id=str(row["case_id"]),
        referral_id=str(row["referral_id"]),
        from_agency=str(row["from_agency"]),
        to_agency=str(row["to_agency"]),
        status=str(row["status"]),
        requested_on=date.fromisoformat(str(row["requested_on"])),
        changed_on=date.fromisoformat(str(row["changed_on"])),
    )


def _staff(row: Row) -> StaffRow:
    return StaffRow(
        user_id=str(row["user_id"]),
        agency=str(row["agency"]),
        role=str(row["role"]),
        registered_on=date.fromisoformat(str(row["registered_on"])),
        deactivated_on=_day(row["deactivated_on"]),
    )
