"""Commands on meetings (支援会議・重層的支援会議).

A disclosure is decided on a case's consents but recorded on the meeting, so
two aggregates are involved. Both are saved in ONE transaction: the meeting's
`InformationDisclosed` and the case's `DisclosedAtMeeting`. If a consent
withdrawal is saved on the case between our read and our write, the case's
version no longer matches, the whole transaction is refused, and the command
runs again on the fresh case, where the withdrawal is seen. No disclosure can
ever rest on a consent that was withdrawn before it was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.cases.forms import BasisForm
from application.errors import ConcurrentUpdateError
from domain.basis import Basis, BasisKind
from domain.case import Case
from domain.catalogue import AGENCIES, Operation, Project
from domain.errors import NotAConvenerError
from domain.meeting import Meeting
from domain.meeting_rules import Agenda
from domain.personal import Personal

RETRIES = 3
CONVENERS = frozenset(
    a.code
    for a in AGENCIES
    if a.operation is Operation.CITY or Project.MULTI_AGENCY in a.projects
)


@dataclass(frozen=True, repr=False)
class DisclosureForm:
    """A disclosure as the coordinator records it (情報提供).

    `basis` names a statute when the disclosure rests on one (R7); otherwise
    the meeting's kind decides: its consents, or Art. 106-6.
    """

    case_id: UUID
    disclosed_by: str
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    summary: str
    basis: BasisForm | None = None


@dataclass(frozen=True)
class RecordedDisclosure:
    """The disclosure's id and the lawful basis it rests on."""

    disclosure_id: UUID
    basis: Basis
    consent_ids: dict[str, UUID]
    version: int = 0  # the meeting's version after the disclosure
    recorded_after_end: bool = False


class MeetingCommands(BasisChecks):
    """Convening, acknowledgements, disclosures, decisions and closure."""

    def convene_meeting(
        self,
        actor: Actor,
        kind: str,
        held_on: date,
        agencies: tuple[str, ...],
        case_ids: tuple[UUID, ...],
    ) -> UUID:
        if actor.agency not in CONVENERS:
            raise NotAConvenerError(f"{actor.agency} cannot convene meetings")
        self.check_agency(*agencies)
        cases = [self.load(Case, case_id, None) for case_id in case_ids]
        self.check_use(actor, *cases)
        recording = self.recording()
        agenda = Agenda(
            kind, held_on, actor.agency, tuple(agencies), tuple(case_ids), recording.at
        )
        meeting = Meeting.convene(
            self.new_id(), agenda, cases, actor.recorded_by, recording
        )
        self.commit(meeting)
        return meeting.id

    def acknowledge_confidentiality(
        self,
        actor: Actor,
        meeting_id: UUID,
        agency: str,
        member_name: str,
        *,
        expected: int | None = None,
    ) -> int:
        meeting = self.load(Meeting, meeting_id, expected)
        meeting.acknowledge(agency, member_name, actor.recorded_by)
        self.commit(meeting)
        return meeting.version

    def disclose(
        self,
        actor: Actor,
        meeting_id: UUID,
        form: DisclosureForm,
        *,
        expected: int | None = None,
    ) -> RecordedDisclosure:
        """Disclose on the current consents; `expected` is the meeting's version."""
        disclosure_id = self.new_id()
        for attempt in range(RETRIES):
            try:
                return self._disclose_once(
                    actor, meeting_id, disclosure_id, form, expected=expected
                )
            except ConcurrentUpdateError:
                if attempt == RETRIES - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _disclose_once(
        self,
        actor: Actor,
        meeting_id: UUID,
        disclosure_id: UUID,
        form: DisclosureForm,
        *,
        expected: int | None,
    ) -> RecordedDisclosure:
        meeting = self.load(Meeting, meeting_id, expected)
        case = self.load(Case, form.case_id, None)
        self.check_use(actor, case)
        statute = None
        if form.basis is not None and form.basis.kind == BasisKind.STATUTE:
            statute = self.statute_basis(
                case, form.basis, form.disclosed_by, form.recipients
            )
        shared = meeting.disclose(
            disclosure_id=disclosure_id,
            case=case,
            disclosed_by=form.disclosed_by,
            recipients=form.recipients,
            categories=form.categories,
            summary=Personal(case.intake.person_id, form.summary),
            recording=self.recording(),
            recorded_by=actor.recorded_by,
            statute=statute,
        )
        case.note_disclosure(
            meeting_id=meeting_id,
            disclosure_id=disclosure_id,
            recipients=form.recipients,
            categories=form.categories,
            basis=shared.basis,
            consent_ids=shared.consent_ids,
            held_on=meeting.held_on,
            recorded_after_end=shared.recorded_after_end,
            recorded_by=actor.recorded_by,
        )
        self.commit(meeting, case)
        return RecordedDisclosure(
            disclosure_id,
            shared.basis,
            shared.consent_ids,
            meeting.version,
            shared.recorded_after_end,
        )

    def record_decision(
        self,
        actor: Actor,
        meeting_id: UUID,
        case_id: UUID,
        text: str,
        *,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Record a decision; returns its id and the meeting's new version."""
        meeting = self.load(Meeting, meeting_id, expected)
        case = self.load(Case, case_id, None)
        self.check_use(actor, case)
        decision_id = self.new_id()
        note = Personal(case.intake.person_id, text)
        recording = self.recording()
        meeting.record_decision(decision_id, case, note, actor.recorded_by, recording)
        self.commit(meeting)
        return decision_id, meeting.version

    def approve_plan_at_meeting(
        self,
        actor: Actor,
        meeting_id: UUID,
        case_id: UUID,
        plan_id: UUID,
        revision: int,
        *,
        expected: int | None = None,
    ) -> int:
        """Approve one revision of a plan (承認): kept on meeting and case at once.

        `expected` is the meeting's version, and so is what is returned.
        """
        meeting = self.load(Meeting, meeting_id, expected)
        case = self.load(Case, case_id, None)
        self.check_use(actor, case)
        recording = self.recording()
        meeting.record_plan_approval(
            case, plan_id, revision, actor.recorded_by, recording
        )
        case.approve_plan(
            plan_id=plan_id,
            revision=revision,
            meeting_id=meeting_id,
            approved_on=meeting.held_on,
            recorded_by=actor.recorded_by,
            recording=recording,
        )
        self.commit(meeting, case)
        return meeting.version

    def close_meeting(
        self,
        actor: Actor,
        meeting_id: UUID,
        closed_on: date,
        *,
        expected: int | None = None,
    ) -> int:
        meeting = self.load(Meeting, meeting_id, expected)
        meeting.close(closed_on, actor.recorded_by, self.recording())
        self.commit(meeting)
        return meeting.version

    def get_meeting(self, meeting_id: UUID) -> Meeting:
        return self.load(Meeting, meeting_id, None)
