"""Meetings (会議): who attended, acknowledgements, disclosures, decisions.

The events keep what the minutes (会議録) show; their earlier shapes are read
through `meeting_upcasts.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain import meeting_upcasts as past
from domain.basis import Basis
from domain.errors import InvalidMeetingError, NotWorkingOnCaseError
from domain.meeting_commands import MeetingCommands
from domain.meeting_rules import Agenda, CaseOnAgenda, MeetingKind
from domain.personal import Personal
from domain.recording import Recording

MIN_MEMBERS = 2  # the convener and at least one other agency


@dataclass(frozen=True)
class MinutesEntry:
    """One item of the minutes (会議録): a disclosure, decision or approval."""

    case_id: UUID
    kind: str  # "disclosure" | "decision" | "plan_approval"
    by: str | None = None  # the agency that disclosed
    recipients: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    text: Personal | None = None  # the summary or the decision
    basis: Basis | None = None
    consent_ids: dict[str, UUID] | None = None
    recorded_after_end: bool = False
    plan_id: UUID | None = None
    revision: int | None = None


class Meeting(MeetingCommands, Aggregate):
    """A 重層的支援会議 (consent-based) or a 支援会議 (Art. 106-6, confidential)."""

    class_version = 2  # 2: the minutes are kept (`minutes`), not only their ids

    class Convened(Aggregate.Created):
        """The meeting was convened (開催) by a city section or operator."""

        agenda: Agenda
        recorded_by: str

    class ConfidentialityAcknowledged(Aggregate.Event):
        """A member acknowledged the duty of confidentiality (守秘義務の確認)."""

        agency: str
        member_name: str
        recorded_by: str

        def apply(self, meeting: Meeting) -> None:
            meeting.acknowledged[self.agency] = (
                meeting.acknowledged.get(self.agency, 0) + 1
            )

    class InformationDisclosed(Aggregate.Event):
        """One agency disclosed a case's information to others (情報提供)."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.disclosure_basis)

        disclosure_id: UUID
        case_id: UUID
        disclosed_by: str
        recipients: tuple[str, ...]
        categories: tuple[str, ...]
        summary: Personal
        basis: Basis
        consent_ids: dict[str, UUID]
        recorded_after_end: bool
        recorded_by: str

        def apply(self, meeting: Meeting) -> None:
            meeting.minutes[str(self.disclosure_id)] = MinutesEntry(
                self.case_id,
                "disclosure",
                by=self.disclosed_by,
                recipients=tuple(self.recipients),
                categories=tuple(self.categories),
                text=self.summary,
                basis=self.basis,
                consent_ids=dict(self.consent_ids),
                recorded_after_end=self.recorded_after_end,
            )

    class DecisionRecorded(Aggregate.Event):
        """The meeting decided something about a case (決定事項)."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.consents_heard)

        decision_id: UUID
        case_id: UUID
        text: Personal
        consent_ids: dict[str, UUID]
        recorded_by: str

        def apply(self, meeting: Meeting) -> None:
            meeting.minutes[str(self.decision_id)] = MinutesEntry(
                self.case_id, "decision", text=self.text, consent_ids=self.consent_ids
            )

    class PlanApprovalRecorded(Aggregate.Event):
        """The meeting approved one revision of a case's support plan (承認)."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.consents_heard)

        case_id: UUID
        plan_id: UUID
        revision: int
        consent_ids: dict[str, UUID]
        recorded_by: str

        def apply(self, meeting: Meeting) -> None:
            key = f"{self.plan_id}/{self.revision}"
            meeting.minutes[key] = MinutesEntry(
                self.case_id,
                "plan_approval",
                consent_ids=self.consent_ids,
                plan_id=self.plan_id,
                revision=self.revision,
            )

    class Closed(Aggregate.Event):
        """The meeting was closed (閉会); its record takes nothing more."""

        closed_on: date
        recorded_by: str

        def apply(self, meeting: Meeting) -> None:
            meeting.closed_on = self.closed_on

    @event(Convened)
    def __init__(self, id: UUID, agenda: Agenda, recorded_by: str) -> None:
        self.agenda = agenda
        self.acknowledged: dict[str, int] = {}
        self.minutes: dict[str, MinutesEntry] = {}
        self.closed_on: date | None = None

    @classmethod
    def convene(
        cls,
        meeting_id: UUID,
        agenda: Agenda,
        cases: Sequence[CaseOnAgenda],
        recorded_by: str,
        recording: Recording,
    ) -> Meeting:
        """Convene on the day it is held (or after), with cases its members work on.

        A case goes on the agenda only when the convener or another member
        agency works on it (R6): the meeting is no way in for strangers.
        """
        if agenda.kind not in set(MeetingKind):
            raise InvalidMeetingError(f"kind must be one of {sorted(MeetingKind)}")
        members = set(agenda.agencies)
        if len(members) < MIN_MEMBERS or agenda.convened_by not in members:
            raise InvalidMeetingError("a meeting has its convener and other agencies")
        if len(set(agenda.case_ids)) != len(agenda.case_ids):
            raise InvalidMeetingError("a case is on the agenda once")
        recording.check("held_on", agenda.held_on)
        _check_cases(agenda, cases, recording.today)
        return cls(id=meeting_id, agenda=agenda, recorded_by=recorded_by)


def _check_cases(agenda: Agenda, cases: Sequence[CaseOnAgenda], today: date) -> None:
    for case in cases:
        if not set(agenda.agencies) & case.workers_on(today):
            raise NotWorkingOnCaseError(
                f"no member of the meeting works on case {case.id}"
            )
