"""The confidentiality audit trail (守秘義務の監査証跡) of meetings.

Every disclosure at a 支援会議 or 重層的支援会議: which case, by whom, to
which member agencies, which categories of information, on what lawful basis
(Art. 106-6, or the consent relied on for each recipient), on which meeting
date, when it was recorded and by which user. Also who acknowledged the duty
of confidentiality, by agency. Never the summary disclosed, never a member's
name: ids, codes and dates only.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from eventsourcing.dispatch import singledispatchmethod
from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.basis import Basis, BasisKind
from domain.meeting import Meeting
from projections.topics import topics_of
from projections.tracked_view import BatchingView


@dataclass(frozen=True)
class MeetingRow:
    """A meeting as the audit trail needs it (会議)."""

    meeting_id: str
    kind: str
    held_on: date
    convened_by: str
    agencies: tuple[str, ...]
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class DisclosureRow:
    """One disclosure (情報提供) and its lawful basis."""

    disclosure_id: str
    meeting_id: str
    case_id: str
    disclosed_by: str
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    basis: str
    consent_ids: dict[str, str]
    recorded_at: datetime
    recorded_by: str
    notification_id: int
    kind: str = ""
    held_on: date | None = None
    recorded_after_end: bool = False  # minutes completed after the consent ended


@dataclass(frozen=True)
class AcknowledgementRow:
    """A member agency acknowledged confidentiality (守秘義務の確認)."""

    meeting_id: str
    agency: str
    recorded_at: datetime
    recorded_by: str
    notification_id: int


@dataclass(frozen=True)
class DisclosureQuery:
    """Which part of the trail to read; every filter is optional."""

    case_id: str | None = None
    meeting_id: str | None = None
    agency: str | None = None  # as discloser or as a recipient
    kind: str | None = None
    held_from: date | None = None
    held_until: date | None = None
    basis: str | None = None  # consent | social_welfare_act_106_6 | statute[:code]
    limit: int = 100
    offset: int = 0


class DisclosuresView(BatchingView):
    """Port of the audit trail; every write takes its tracking."""

    @abstractmethod
    def add_meeting(self, row: MeetingRow, tracking: Tracking) -> None: ...

    @abstractmethod
    def add_acknowledgement(
        self, row: AcknowledgementRow, tracking: Tracking
    ) -> None: ...

    @abstractmethod
    def add_disclosure(self, row: DisclosureRow, tracking: Tracking) -> None: ...

    @abstractmethod
    def disclosures(self, query: DisclosureQuery) -> list[DisclosureRow]: ...

    @abstractmethod
    def acknowledgements(self, meeting_id: str) -> list[AcknowledgementRow]: ...


class DisclosuresProjection(Projection[DisclosuresView]):
    name = "disclosures"
    # 2: the basis of a disclosure as a kind (consent, 支援会議, statute:<code>),
    # and whether its minutes were completed after the consent ended
    version = 2  # bump on any change of handlers or tables: docs/projections.md
    topics = topics_of(
        Meeting.Convened,
        Meeting.ConfidentialityAcknowledged,
        Meeting.InformationDisclosed,
    )

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        self.view.insert_tracking(tracking)

    @process_event.register
    def _(self, domain_event: Meeting.Convened, tracking: Tracking) -> None:
        agenda = domain_event.agenda
        row = MeetingRow(
            meeting_id=str(domain_event.originator_id),
            kind=agenda.kind,
            held_on=agenda.held_on,
            convened_by=agenda.convened_by,
            agencies=tuple(agenda.agencies),
            recorded_at=domain_event.timestamp,
            recorded_by=domain_event.recorded_by,
        )
        self.view.add_meeting(row, tracking)

    @process_event.register
    def _(
        self, domain_event: Meeting.ConfidentialityAcknowledged, tracking: Tracking
    ) -> None:
        row = AcknowledgementRow(
            meeting_id=str(domain_event.originator_id),
            agency=domain_event.agency,
            recorded_at=domain_event.timestamp,
            recorded_by=domain_event.recorded_by,
            notification_id=tracking.notification_id,
        )
        self.view.add_acknowledgement(row, tracking)

    @process_event.register
    def _(self, domain_event: Meeting.InformationDisclosed, tracking: Tracking) -> None:
        row = DisclosureRow(
            disclosure_id=str(domain_event.disclosure_id),
            meeting_id=str(domain_event.originator_id),
            case_id=str(domain_event.case_id),
            disclosed_by=domain_event.disclosed_by,
            recipients=tuple(domain_event.recipients),
            categories=tuple(domain_event.categories),
            basis=basis_label(domain_event.basis),
            consent_ids={a: str(c) for a, c in domain_event.consent_ids.items()},
            recorded_at=domain_event.timestamp,
            recorded_by=domain_event.recorded_by,
            notification_id=tracking.notification_id,
            recorded_after_end=domain_event.recorded_after_end,
        )
        self.view.add_disclosure(row, tracking)


ART_106_6 = "social_welfare_act_106_6"


def basis_label(basis: Basis) -> str:
    """The trail's word for a basis.

    `consent`, the 支援会議's article, or `statute:<code>`, so that a share
    resting on a statute stands out.
    """
    if basis.kind == BasisKind.SUPPORT_MEETING:
        return ART_106_6
    if basis.kind == BasisKind.STATUTE:
        return f"statute:{basis.statute}"
    return BasisKind.CONSENT.value
