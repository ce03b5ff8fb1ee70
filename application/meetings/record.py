"""The minutes (会議録) as a record: who attended, what was shared and decided.

Built from the meeting's events up to an instant, for one reader: the
attendees with their acknowledgements of confidentiality (names and when),
the cases discussed, every disclosure (basis, categories, to whom), the
decisions and the plan approvals. Texts follow `minutes.py` (R6): a
disclosure's summary to its discloser and recipients, decisions to every
member, everything to auditors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from application.access.actor import Actor
from application.meetings.minutes import BasisView, MinutesItem, minutes_of
from domain.meeting import Meeting


@dataclass(frozen=True)
class Acknowledgement:
    """A member who acknowledged confidentiality (守秘義務の確認), and when."""

    member_name: str
    acknowledged_at: datetime


@dataclass(frozen=True)
class Attendee:
    """A member agency of the meeting and who acknowledged for it."""

    agency: str
    acknowledgements: tuple[Acknowledgement, ...]

    @property
    def acknowledged(self) -> bool:
        return bool(self.acknowledgements)


@dataclass(frozen=True)
class DisclosureRecord:
    """A disclosure (情報提供): by whom, to whom, which categories, on what basis."""

    disclosure_id: UUID
    case_id: UUID
    disclosed_by: str
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    basis: BasisView | None
    recorded_after_end: bool
    summary: str | None  # None: not the reader's to see


@dataclass(frozen=True)
class DecisionRecord:
    """A decision about a case (決定事項)."""

    decision_id: UUID
    case_id: UUID
    text: str | None


@dataclass(frozen=True)
class PlanApprovalRecord:
    """The approval of one revision of a case's plan (プランの承認)."""

    case_id: UUID
    plan_id: UUID
    revision: int


@dataclass(frozen=True)
class MinutesRecord:
    """A meeting's minutes as they stood at `as_of` (None: now)."""

    meeting_id: UUID
    version: int
    as_of: datetime | None
    kind: str
    held_on: date
    convened_by: str
    attendees: tuple[Attendee, ...]
    case_ids: tuple[UUID, ...]
    disclosures: tuple[DisclosureRecord, ...]
    decisions: tuple[DecisionRecord, ...]
    plan_approvals: tuple[PlanApprovalRecord, ...]
    closed_on: date | None


def minutes_record(
    meeting: Meeting,
    acknowledged: tuple[Meeting.ConfidentialityAcknowledged, ...],
    reader: Actor,
    as_of: datetime | None,
    withheld: frozenset[UUID] = frozenset(),
) -> MinutesRecord:
    seen = minutes_of(meeting, reader, withheld)
    items = seen.minutes
    return MinutesRecord(
        meeting_id=seen.meeting_id,
        version=seen.version,
        as_of=as_of,
        kind=seen.kind,
        held_on=seen.held_on,
        convened_by=seen.convened_by,
        attendees=tuple(_attendee(a, acknowledged) for a in seen.agencies),
        case_ids=seen.case_ids,
        disclosures=tuple(_disclosure(i) for i in items if i.kind == "disclosure"),
        decisions=tuple(
            DecisionRecord(UUID(i.item_id), i.case_id, i.text)
            for i in items
            if i.kind == "decision"
        ),
        plan_approvals=tuple(
            PlanApprovalRecord(i.case_id, i.plan_id, i.revision)
            for i in items
            if i.kind == "plan_approval" and i.plan_id and i.revision
        ),
        closed_on=seen.closed_on,
    )


def _attendee(
    agency: str, acknowledged: tuple[Meeting.ConfidentialityAcknowledged, ...]
) -> Attendee:
    return Attendee(
        agency,
        tuple(
            Acknowledgement(e.member_name, e.timestamp)
            for e in acknowledged
            if e.agency == agency
        ),
    )


def _disclosure(item: MinutesItem) -> DisclosureRecord:
    return DisclosureRecord(
        disclosure_id=UUID(item.item_id),
        case_id=item.case_id,
        disclosed_by=item.disclosed_by or "",
        recipients=item.recipients,
        categories=item.categories,
        basis=item.basis,
        recorded_after_end=item.recorded_after_end,
        summary=item.text,
    )
