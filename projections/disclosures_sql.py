"""The audit trail in SQL (SQLite or PostgreSQL), tracked in the same transaction."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from eventsourcing.persistence import Tracking

from projections.disclosures import (
    AcknowledgementRow,
    DisclosureQuery,
    DisclosureRow,
    DisclosuresView,
    MeetingRow,
)
from projections.targets import Table
from projections.tracked_view import TrackedSQLView
from projections.view_store import Row

_SELECT = (
    "SELECT d.*, m.kind, m.held_on FROM {disclosure_items} d "
    "JOIN {disclosure_meetings} m ON m.meeting_id = d.meeting_id WHERE 1 = 1"
)
_FILTERS = (
    ("case_id", " AND d.case_id = ?"),
    ("meeting_id", " AND d.meeting_id = ?"),
    ("kind", " AND m.kind = ?"),
    ("held_from", " AND m.held_on >= ?"),
    ("held_until", " AND m.held_on <= ?"),
    ("basis", " AND d.basis LIKE ?"),
)
_MEETING = "INSERT INTO {disclosure_meetings} VALUES (?,?,?,?,?,?,?)"
_ACK = "INSERT INTO {disclosure_acks} VALUES (?, ?, ?, ?, ?)"
_ITEM = "INSERT INTO {disclosure_items} VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
_RECIPIENT = "INSERT INTO {disclosure_recipients} VALUES (?, ?)"
_AGENCY = (
    " AND (d.disclosed_by = ? OR EXISTS (SELECT 1 FROM {disclosure_recipients} r "
    "WHERE r.disclosure_id = d.disclosure_id AND r.agency = ?))"
)


class DisclosuresSQLView(TrackedSQLView, DisclosuresView):
    tables = (
        Table(
            "disclosure_meetings",
            "meeting_id TEXT PRIMARY KEY, kind TEXT NOT NULL, held_on TEXT NOT NULL, "
            "convened_by TEXT NOT NULL, agencies TEXT NOT NULL, "
            "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL",
        ),
        Table(
            "disclosure_acks",
            "notification_id BIGINT PRIMARY KEY, meeting_id TEXT NOT NULL, agency "
            "TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL",
        ),
        Table(
            "disclosure_items",
            "disclosure_id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, case_id TEXT "
            "NOT NULL, disclosed_by TEXT NOT NULL, recipients TEXT NOT NULL, "
            "categories TEXT NOT NULL, basis TEXT NOT NULL, consent_ids TEXT NOT "
            "NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, "
            "notification_id BIGINT NOT NULL, recorded_after_end INTEGER NOT NULL",
            {"case": "case_id"},
        ),
        Table(
            "disclosure_recipients",
            "disclosure_id TEXT NOT NULL, agency TEXT NOT NULL, "
            "PRIMARY KEY (disclosure_id, agency)",
        ),
    )

    def add_meeting(self, row: MeetingRow, tracking: Tracking) -> None:
        with self.tracked(tracking) as tx:
            tx.run(
                _MEETING,
                (
                    row.meeting_id,
                    row.kind,
                    row.held_on.isoformat(),
                    row.convened_by,
                    json.dumps(list(row.agencies)),
                    row.recorded_at.isoformat(),
                    row.recorded_by,
                ),
            )

    def add_acknowledgement(self, row: AcknowledgementRow, tracking: Tracking) -> None:
        params = (row.notification_id, row.meeting_id, row.agency)
        with self.tracked(tracking) as tx:
            tx.run(_ACK, (*params, row.recorded_at.isoformat(), row.recorded_by))

    def add_disclosure(self, row: DisclosureRow, tracking: Tracking) -> None:
        with self.tracked(tracking) as tx:
            tx.run(_ITEM, _item_params(row))
            tx.many(
                _RECIPIENT,
                [(row.disclosure_id, a) for a in sorted(set(row.recipients))],
            )

    def disclosures(self, query: DisclosureQuery) -> list[DisclosureRow]:
        text, params = _SELECT, []
        for name, clause in _FILTERS:
            value = getattr(query, name)
            if value is not None:
                text += clause
                params.append(_param(name, value))
        if query.agency is not None:
            text += _AGENCY
            params += [query.agency, query.agency]
        text += " ORDER BY d.notification_id LIMIT ? OFFSET ?"
        rows = self.read(text, (*params, query.limit, query.offset))
        return [_disclosure(row) for row in rows]

    def acknowledgements(self, meeting_id: str) -> list[AcknowledgementRow]:
        rows = self.read(
            "SELECT * FROM {disclosure_acks} WHERE meeting_id = ? "
            "ORDER BY notification_id",
            (meeting_id,),
        )
        return [
            AcknowledgementRow(
                meeting_id=row["meeting_id"],
                agency=row["agency"],
                recorded_at=datetime.fromisoformat(row["recorded_at"]),
                recorded_by=row["recorded_by"],
                notification_id=int(row["notification_id"]),
            )
            for row in rows
        ]


def _item_params(row: DisclosureRow) -> tuple[Any, ...]:
    return (
        row.disclosure_id,
        row.meeting_id,
        row.case_id,
        row.disclosed_by,
        json.dumps(list(row.recipients)),
        json.dumps(list(row.categories)),
        row.basis,
        json.dumps(row.consent_ids, sort_keys=True),
        row.recorded_at.isoformat(),
        row.recorded_by,
        row.notification_id,
        int(row.recorded_after_end),
    )


def _param(name: str, value: Any) -> Any:
    """A filter's value: dates as text; a basis by its kind (`statute` = any)."""
    if isinstance(value, date):
        return value.isoformat()
    return f"{value}%" if name == "basis" else value


def _disclosure(row: Row) -> DisclosureRow:
    return DisclosureRow(
        disclosure_id=row["disclosure_id"],
        meeting_id=row["meeting_id"],
        case_id=row["case_id"],
        disclosed_by=row["disclosed_by"],
        recipients=tuple(json.loads(row["recipients"])),
        categories=tuple(json.loads(row["categories"])),
        basis=row["basis"],
        consent_ids=dict(json.loads(row["consent_ids"])),
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
        recorded_by=row["recorded_by"],
        notification_id=int(row["notification_id"]),
        kind=row["kind"],
        held_on=date.fromisoformat(row["held_on"]),
        recorded_after_end=bool(row["recorded_after_end"]),
    )
