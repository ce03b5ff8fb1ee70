"""Authorised reads and the checks the API runs before a command.

Every read of case data is authorised by `policy.py` and recorded as an
`AccessRecord` BEFORE anything is returned; when the record cannot be
written, the read fails (`AccessLogUnavailableError`), so no read escapes
the log. The commands themselves trust their caller (the CLI and the demo
seed act as the system); the HTTP layer runs `authorise_case` or
`authorise_meeting` on every write, and a client that sends `If-Match` gets
the command on the very version that was authorised.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from uuid import UUID

from eventsourcing.persistence import PersistenceError

from application.access.actor import Actor
from application.access.policy import (
    Action,
    CaseFacts,
    Facts,
    MeetingFacts,
    Scope,
    authorise,
    case_facts,
)
from application.access.reads import Read
from application.access.users import UserCommands
from application.cases.reading import case_view
from application.cases.view import CaseView
from application.errors import (
    AccessLogUnavailableError,
    ConcurrentUpdateError,
    ForbiddenError,
    NotFoundError,
)
from application.meetings.minutes import Minutes, minutes_of
from domain.case import Case
from domain.errors import NotPermittedError
from domain.meeting import Meeting
from domain.person import Person


class AccessCommands(UserCommands):
    """Policy checks over stored facts, and reads that leave a record."""

    def authorise_case(self, actor: Actor, action: Action, case_id: UUID) -> Scope:
        case = self.load(Case, case_id, None)
        return authorise(actor, action, Facts(case=self.facts_of(case)))

    def facts_of(self, case: Case) -> CaseFacts:
        """The case's facts today, with its person's suspension (利用停止)."""
        facts = case_facts(case, self.today())
        suspended_for = self.suspended_for(case.intake.person_id)
        return replace(facts, suspended_for=suspended_for)

    def suspended_for(self, person_id: UUID) -> frozenset[str] | None:
        """While the person's use is suspended, who handles it; else None."""
        suspension = self.load(Person, person_id, None).suspension
        return None if suspension is None else frozenset(suspension.handlers)

    def authorise_meeting(
        self, actor: Actor, action: Action, meeting_id: UUID
    ) -> Scope:
        meeting = self.load(Meeting, meeting_id, None)
        return authorise(actor, action, Facts(meeting=meeting_facts(meeting)))

    def read_case(self, actor: Actor, case_id: UUID, purpose: str) -> CaseView:
        """The case as this reader may see it, after recording the read.

        A refused read is recorded too, with the refusal (R10).
        """
        case = self.load(Case, case_id, None)
        facts = self.facts_of(case)
        read = Read(actor, "case", case_id, purpose)
        scope = self.authorised_read(read, Action.READ_CASE, Facts(case=facts))
        basis = facts.statutes.get(actor.agency) if not scope.full else None
        self.record_read(read.allowed(f"read_{scope.name}", basis))
        person = self.load(Person, case.intake.person_id, None)
        return case_view(case, person, scope, self.today())

    def read_meeting(self, actor: Actor, meeting_id: UUID, purpose: str) -> Minutes:
        """The meeting and its minutes as far as the reader is entitled (R6)."""
        meeting = self.load(Meeting, meeting_id, None)
        read = Read(actor, "meeting", meeting_id, purpose)
        facts = Facts(meeting=meeting_facts(meeting))
        self.authorised_read(read, Action.READ_MEETING, facts)
        self.record_read(read.allowed("read"))
        return minutes_of(meeting, actor, self.withheld(actor, meeting))

    def withheld(self, actor: Actor, meeting: Meeting) -> frozenset[UUID]:
        """The meeting's cases whose person's use is suspended to this reader."""
        found = set()
        for case_id in meeting.agenda.case_ids:
            case = self.load(Case, case_id, None)
            person = self.load(Person, case.intake.person_id, None)
            suspension = person.suspension
            if suspension is not None and actor.recorded_by not in suspension.handlers:
                found.add(case_id)
        return frozenset(found)

    def authorised_read(self, read: Read, action: Action, facts: Facts) -> Scope:
        """Authorise a read; a refusal is recorded before it is raised."""
        try:
            return authorise(read.actor, action, facts)
        except (ForbiddenError, NotPermittedError, NotFoundError) as refusal:
            with contextlib.suppress(AccessLogUnavailableError):
                self.record_read(read.denied(refusal))
            raise

    def record_read(self, read: Read) -> None:
        """Record a read, or refuse it: no record, no data."""
        try:
            self.record_access(
                read.actor,
                read.action,
                read.resource_type,
                str(read.resource_id),
                read.purpose,
                outcome=read.outcome,
                reason=read.reason,
                basis=read.basis,
            )
        except (PersistenceError, ConcurrentUpdateError):
            raise AccessLogUnavailableError(
                "the read could not be recorded, so it is refused"
            ) from None


def meeting_facts(meeting: Meeting) -> MeetingFacts:
    agenda = meeting.agenda
    return MeetingFacts(agenda.convened_by, frozenset(agenda.agencies))
