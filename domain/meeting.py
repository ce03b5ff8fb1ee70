"""Meetings (会議): who attended, acknowledgements, disclosures, decisions."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import InvalidMeetingError, PlanApprovalNotAllowedError
from domain.meeting_rules import Agenda, ConsentHolder, MeetingKind, MeetingRules
from domain.personal import Personal

MIN_MEMBERS = 2  # the convener and at least one other agency


class Meeting(MeetingRules, Aggregate):
    """A 重層的支援会議 (consent-based) or a 支援会議 (Art. 106-6, confidential)."""

    class Convened(Aggregate.Created):
        """The meeting was convened (開催) by a city section or operator."""

        agenda: Agenda
        recorded_by: str

    class ConfidentialityAcknowledged(Aggregate.Event):
        """A member acknowledged the duty of confidentiality (守秘義務の確認)."""

        agency: str
        member_name: str
        recorded_by: str

    class InformationDisclosed(Aggregate.Event):
        """One agency disclosed a case's information to others (情報提供)."""

        disclosure_id: UUID
        case_id: UUID
        disclosed_by: str
        recipients: tuple[str, ...]
        categories: tuple[str, ...]
        summary: Personal
        basis: str
        consent_ids: dict[str, UUID]
        recorded_by: str

    class DecisionRecorded(Aggregate.Event):
        """The meeting decided something about a case (決定事項)."""

        decision_id: UUID
        case_id: UUID
        text: Personal
        recorded_by: str

    class PlanApprovalRecorded(Aggregate.Event):
        """The meeting approved one revision of a case's support plan (承認)."""

        case_id: UUID
        plan_id: UUID
        revision: int
        recorded_by: str

    class Closed(Aggregate.Event):
        """The meeting was closed (閉会); its record takes nothing more."""

        closed_on: date
        recorded_by: str

    @event(Convened)
    def __init__(self, id: UUID, agenda: Agenda, recorded_by: str) -> None:
        self.agenda = agenda
        self.acknowledged: dict[str, int] = {}
        self.disclosures: dict[str, UUID] = {}
        self.closed_on: date | None = None

    @classmethod
    def convene(cls, meeting_id: UUID, agenda: Agenda, recorded_by: str) -> Meeting:
        if agenda.kind not in set(MeetingKind):
            raise InvalidMeetingError(f"kind must be one of {sorted(MeetingKind)}")
        members = set(agenda.agencies)
        if len(members) < MIN_MEMBERS or agenda.convened_by not in members:
            raise InvalidMeetingError("a meeting has its convener and other agencies")
        if len(set(agenda.case_ids)) != len(agenda.case_ids):
            raise InvalidMeetingError("a case is on the agenda once")
        return cls(id=meeting_id, agenda=agenda, recorded_by=recorded_by)

    def acknowledge(self, agency: str, member_name: str, recorded_by: str) -> None:
        self.check_open()
        self.check_participant(agency)
        if not member_name.strip():
            raise InvalidMeetingError("the member who acknowledges must be named")
        self._acknowledged(
            agency=agency, member_name=member_name, recorded_by=recorded_by
        )

    @event(ConfidentialityAcknowledged)
    def _acknowledged(self, agency: str, member_name: str, recorded_by: str) -> None:
        self.acknowledged[agency] = self.acknowledged.get(agency, 0) + 1

    def disclose(
        self,
        *,
        disclosure_id: UUID,
        case: ConsentHolder,
        disclosed_by: str,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        summary: Personal,
        recorded_by: str,
    ) -> tuple[str, dict[str, UUID]]:
        """Record a disclosure on its lawful basis; returns that basis."""
        if not categories:
            raise InvalidMeetingError(
                "a disclosure names its categories of information"
            )
        basis, consent_ids = self.basis_for(case, disclosed_by, tuple(recipients))
        self._disclosed(
            disclosure_id=disclosure_id,
            case_id=case.id,
            disclosed_by=disclosed_by,
            recipients=tuple(recipients),
            categories=tuple(categories),
            summary=summary,
            basis=basis,
            consent_ids=consent_ids,
            recorded_by=recorded_by,
        )
        return basis, consent_ids

    @event(InformationDisclosed)
    def _disclosed(
        self,
        *,
        disclosure_id: UUID,
        case_id: UUID,
        disclosed_by: str,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        summary: Personal,
        basis: str,
        consent_ids: dict[str, UUID],
        recorded_by: str,
    ) -> None:
        self.disclosures[str(disclosure_id)] = case_id

    def record_decision(
        self, decision_id: UUID, case_id: UUID, text: Personal, recorded_by: str
    ) -> None:
        self.check_open()
        self.check_on_agenda(case_id)
        self._decided(
            decision_id=decision_id, case_id=case_id, text=text, recorded_by=recorded_by
        )

    @event(DecisionRecorded)
    def _decided(
        self, decision_id: UUID, case_id: UUID, text: Personal, recorded_by: str
    ) -> None:
        pass  # the decision is history; no state needs it

    def record_plan_approval(
        self, case_id: UUID, plan_id: UUID, revision: int, recorded_by: str
    ) -> None:
        self.check_open()
        self.check_on_agenda(case_id)
        if self.kind != MeetingKind.COORDINATED_SUPPORT_MEETING:
            raise PlanApprovalNotAllowedError("plans are approved at 重層的支援会議")
        self._plan_approved(
            case_id=case_id, plan_id=plan_id, revision=revision, recorded_by=recorded_by
        )

    @event(PlanApprovalRecorded)
    def _plan_approved(
        self, case_id: UUID, plan_id: UUID, revision: int, recorded_by: str
    ) -> None:
        pass  # the approval is history; the case keeps the approved revision

    def close(self, closed_on: date, recorded_by: str) -> None:
        self.check_open()
        self._closed(closed_on=closed_on, recorded_by=recorded_by)

    @event(Closed)
    def _closed(self, closed_on: date, recorded_by: str) -> None:
        self.closed_on = closed_on
