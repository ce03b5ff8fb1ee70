"""Commands of a meeting: acknowledgements, disclosures, decisions, approvals.

Each checks the confidentiality rules (`meeting_rules.py`) first, then
records one event. A disclosure is also noted on the case, by the
application, in the same transaction.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.errors import InvalidMeetingError, PlanApprovalNotAllowedError
from domain.meeting_rules import CaseOnAgenda, MeetingRules, Shared
from domain.personal import Personal
from domain.recording import Recording


class MeetingCommands(MeetingRules):
    """What a meeting records, each on its lawful basis."""

    def acknowledge(self, agency: str, member_name: str, recorded_by: str) -> None:
        self.check_open()
        self.check_participant(agency)
        if not member_name.strip():
            raise InvalidMeetingError("the member who acknowledges must be named")
        self._record(
            "ConfidentialityAcknowledged",
            agency=agency,
            member_name=member_name,
            recorded_by=recorded_by,
        )

    def disclose(
        self,
        *,
        disclosure_id: UUID,
        case: CaseOnAgenda,
        disclosed_by: str,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        summary: Personal,
        recording: Recording,
        recorded_by: str,
        statute: Basis | None = None,
    ) -> Shared:
        """Record a disclosure on its lawful basis; returns that basis.

        The discloser must be a member that works on the case (R6). A
        statutory basis comes already checked against the registry.
        """
        self.check_open()
        if not categories:
            raise InvalidMeetingError("a disclosure names its categories")
        self.check_parties(case.id, disclosed_by, recipients)
        recording.check("held_on", self.held_on)
        self.check_works_on(case, disclosed_by, recording.today)
        shared = (
            Shared(statute, {})
            if statute is not None
            else self.basis_for(case, recipients, categories, recording)
        )
        self._record(
            "InformationDisclosed",
            disclosure_id=disclosure_id,
            case_id=case.id,
            disclosed_by=disclosed_by,
            recipients=tuple(recipients),
            categories=tuple(categories),
            summary=summary,
            basis=shared.basis,
            consent_ids=shared.consent_ids,
            recorded_after_end=shared.recorded_after_end,
            recorded_by=recorded_by,
        )
        return shared

    def record_decision(
        self,
        decision_id: UUID,
        case: CaseOnAgenda,
        text: Personal,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """A decision about a case, heard by every member (R6)."""
        consent_ids = self._heard(case, recording)
        self._record(
            "DecisionRecorded",
            decision_id=decision_id,
            case_id=case.id,
            text=text,
            consent_ids=consent_ids,
            recorded_by=recorded_by,
        )

    def record_plan_approval(
        self,
        case: CaseOnAgenda,
        plan_id: UUID,
        revision: int,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        if self.is_support_meeting:
            raise PlanApprovalNotAllowedError("plans are approved at 重層的支援会議")
        consent_ids = self._heard(case, recording)
        self._record(
            "PlanApprovalRecorded",
            case_id=case.id,
            plan_id=plan_id,
            revision=revision,
            consent_ids=consent_ids,
            recorded_by=recorded_by,
        )

    def close(self, closed_on: date, recorded_by: str, recording: Recording) -> None:
        self.check_open()
        recording.check("closed_on", closed_on, after=("the meeting", self.held_on))
        self._record("Closed", closed_on=closed_on, recorded_by=recorded_by)

    def _heard(self, case: CaseOnAgenda, recording: Recording) -> dict[str, UUID]:
        """What lets every member hear about the case: consents, or the duty.

        At a 支援会議 every member must have acknowledged confidentiality; at
        a 重層的支援会議 a consent must cover every member but the case's own.
        """
        self.check_open()
        self.check_on_agenda(case.id)
        recording.check("held_on", self.held_on)
        if self.is_support_meeting:
            self.check_acknowledged(self.agenda.agencies)
            return {}
        return self.basis_for(case, self.hearers(case), (), recording).consent_ids
