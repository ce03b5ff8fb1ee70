"""The minutes of a meeting (会議録) as one reader may see them (R6).

Member agencies and auditors read a meeting. Everyone entitled to the
meeting sees its structure: who attended, who acknowledged, the cases, what
was disclosed by whom to whom on what basis, decisions and approvals. The
texts are personal data: a disclosure's summary is shown to the agency that
disclosed and to its recipients; a decision's text to every member (all of
them heard it, on the basis the rules checked); an auditor sees all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from application.access.actor import Actor
from domain.basis import Basis
from domain.meeting import Meeting, MinutesEntry
from domain.user import Role


@dataclass(frozen=True)
class BasisView:
    """A basis as the minutes show it (the reason of a statute is not shown)."""

    kind: str
    consent_id: UUID | None
    meeting_id: UUID | None
    statute: str | None


@dataclass(frozen=True)
class MinutesItem:
    """One disclosure, decision or plan approval of the meeting."""

    item_id: str
    kind: str
    case_id: UUID
    disclosed_by: str | None
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    text: str | None
    basis: BasisView | None
    consent_ids: dict[str, UUID]
    recorded_after_end: bool
    plan_id: UUID | None
    revision: int | None


@dataclass(frozen=True)
class Minutes:
    """A meeting (会議) and its minutes, as this reader may see them."""

    meeting_id: UUID
    version: int
    kind: str
    held_on: date
    convened_by: str
    agencies: tuple[str, ...]
    case_ids: tuple[UUID, ...]
    acknowledged: dict[str, int]
    disclosure_ids: tuple[UUID, ...]
    closed_on: date | None
    minutes: tuple[MinutesItem, ...]


def minutes_of(
    meeting: Meeting, reader: Actor, withheld: frozenset[UUID] = frozenset()
) -> Minutes:
    """The minutes as `reader` may see them; no text about a `withheld` case.

    A case is withheld while its person's use is suspended (利用停止) and the
    reader is not among the staff handling the request.
    """
    agenda = meeting.agenda
    return Minutes(
        meeting_id=meeting.id,
        version=meeting.version,
        kind=agenda.kind,
        held_on=agenda.held_on,
        convened_by=agenda.convened_by,
        agencies=tuple(agenda.agencies),
        case_ids=tuple(agenda.case_ids),
        acknowledged=dict(meeting.acknowledged),
        disclosure_ids=tuple(
            UUID(key) for key, e in meeting.minutes.items() if e.kind == "disclosure"
        ),
        closed_on=meeting.closed_on,
        minutes=tuple(
            _item(k, e, reader, e.case_id not in withheld)
            for k, e in meeting.minutes.items()
        ),
    )


def _item(key: str, entry: MinutesEntry, reader: Actor, usable: bool) -> MinutesItem:
    return MinutesItem(
        item_id=key,
        kind=entry.kind,
        case_id=entry.case_id,
        disclosed_by=entry.by,
        recipients=entry.recipients,
        categories=entry.categories,
        text=entry.text.text
        if entry.text and usable and _may_read(entry, reader)
        else None,
        basis=_basis(entry.basis),
        consent_ids=dict(entry.consent_ids or {}),
        recorded_after_end=entry.recorded_after_end,
        plan_id=entry.plan_id,
        revision=entry.revision,
    )


def _may_read(entry: MinutesEntry, reader: Actor) -> bool:
    if reader.role == Role.AUDITOR or entry.kind != "disclosure":
        return True
    return reader.agency == entry.by or reader.agency in entry.recipients


def _basis(basis: Basis | None) -> BasisView | None:
    if basis is None:
        return None
    return BasisView(basis.kind, basis.consent_id, basis.meeting_id, basis.statute)
