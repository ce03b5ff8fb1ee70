"""The access log in SQL (SQLite or PostgreSQL), tracked in the same transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from eventsourcing.persistence import Tracking

from projections.access_log import AccessLogView, AccessQuery, AccessRow
from projections.targets import Table, Target
from projections.tracked_view import TrackedSQLView
from projections.view_store import Row, Tx, ViewStore

_FILTERS = (
    ("user_id", " AND user_id = ?"),
    ("agency", " AND agency = ?"),
    ("resource_type", " AND resource_type = ?"),
    ("resource_id", " AND resource_id = ?"),
    ("since", " AND at_utc >= ?"),
    ("until", " AND at_utc < ?"),
)
_INSERT = "INSERT INTO {access_log} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class AccessLogSQLView(TrackedSQLView, AccessLogView):
    tables = (
        Table(
            "access_log",
            "notification_id BIGINT PRIMARY KEY, record_id TEXT NOT NULL, user_id "
            "TEXT NOT NULL, agency TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT "
            "NULL, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL, purpose "
            "TEXT NOT NULL, at_utc TEXT NOT NULL",
            {"resource": "resource_type, resource_id"},
        ),
    )

    def __init__(self, store: ViewStore, target: Target) -> None:
        super().__init__(store, target)
        self._pending: list[tuple[object, ...]] = []

    def add_access(self, row: AccessRow, tracking: Tracking) -> None:
        # Kept back until the batch ends: one statement writes them all.
        with self.tracked(tracking):
            self._pending.append(
                (
                    row.notification_id,
                    row.record_id,
                    row.user_id,
                    row.agency,
                    row.role,
                    row.action,
                    row.resource_type,
                    row.resource_id,
                    row.purpose,
                    _utc(row.at),
                ),
            )

    def write_buffered(self, tx: Tx) -> None:
        tx.many(_INSERT, self._pending)

    def drop_buffered(self) -> None:
        self._pending = []

    def accesses(self, query: AccessQuery) -> list[AccessRow]:
        text, params = "SELECT * FROM {access_log} WHERE 1 = 1", []
        for name, clause in _FILTERS:
            value = getattr(query, name)
            if value is not None:
                text += clause
                params.append(_utc(value) if isinstance(value, datetime) else value)
        text += " ORDER BY notification_id LIMIT ? OFFSET ?"
        rows = self.read(text, (*params, query.limit, query.offset))
        return [_access(row) for row in rows]


def _utc(at: datetime) -> str:
    """ISO text in UTC, so that text order is time order on both stores.

    A time without a zone is taken as UTC (the ledger records in UTC).
    """
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def _access(row: Row) -> AccessRow:
    return AccessRow(
        record_id=row["record_id"],
        user_id=row["user_id"],
        agency=row["agency"],
        role=row["role"],
        action=row["action"],
        resource_type=row["resource_type"],
        resource_id=row["resource_id"],
        purpose=row["purpose"],
        at=datetime.fromisoformat(row["at_utc"]),
        notification_id=int(row["notification_id"]),
    )
