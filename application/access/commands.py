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

from uuid import UUID

from eventsourcing.persistence import PersistenceError

from application.access.actor import Actor
from application.access.policy import (
    Action,
    Facts,
    MeetingFacts,
    Scope,
    authorise,
    case_facts,
)
from application.access.users import UserCommands
from application.cases.reading import case_view
from application.cases.view import CaseView
from application.errors import AccessLogUnavailableError, ConcurrentUpdateError
from domain.case import Case
from domain.meeting import Meeting
from domain.person import Person


class AccessCommands(UserCommands):
    """Policy checks over stored facts, and reads that leave a record."""

    def authorise_case(self, actor: Actor, action: Action, case_id: UUID) -> Scope:
        case = self.load(Case, case_id, None)
        return authorise(actor, action, Facts(case=case_facts(case, self.today())))

    def authorise_meeting(
        self, actor: Actor, action: Action, meeting_id: UUID
    ) -> Scope:
        meeting = self.load(Meeting, meeting_id, None)
        return authorise(actor, action, Facts(meeting=meeting_facts(meeting)))

    def read_case(self, actor: Actor, case_id: UUID, purpose: str) -> CaseView:
        """The case as this reader may see it, after recording the read."""
        case = self.load(Case, case_id, None)
        facts = Facts(case=case_facts(case, self.today()))
        scope = authorise(actor, Action.READ_CASE, facts)
        self.record_read(actor, f"read_{scope.name}", "case", case_id, purpose)
        person = self.load(Person, case.intake.person_id, None)
        return case_view(case, person, scope)

    def read_meeting(self, actor: Actor, meeting_id: UUID, purpose: str) -> Meeting:
        meeting = self.load(Meeting, meeting_id, None)
        authorise(actor, Action.READ_MEETING, Facts(meeting=meeting_facts(meeting)))
        self.record_read(actor, "read", "meeting", meeting_id, purpose)
        return meeting

    def record_read(
        self,
        actor: Actor,
        action: str,
        resource_type: str,
        resource_id: UUID,
        purpose: str,
    ) -> None:
        """Record a read, or refuse it: no record, no data."""
        try:
            self.record_access(actor, action, resource_type, str(resource_id), purpose)
        except (PersistenceError, ConcurrentUpdateError):
            raise AccessLogUnavailableError(
                "the read could not be recorded, so it is refused"
            ) from None


def meeting_facts(meeting: Meeting) -> MeetingFacts:
    agenda = meeting.agenda
    return MeetingFacts(agenda.convened_by, frozenset(agenda.agencies))
