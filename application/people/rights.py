"""The person's rights (本人の権利): 開示, 訂正, 利用停止, requests and answers.

The city's officer (an admin) or a supervisor of an agency holding one of the
person's cases records each request with its reference (受付番号) and answers
it: the copy handed over (`disclosure_copy.py` makes it), the identity
corrected or a correction note added to a case's text, the use suspended
and later lifted, or the request refused with its reason. Each command is
authorised here, so the CLI and the HTTP routes are judged alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.access.policy import Action
from application.cases.commands import identity_of
from application.cases.forms import PersonForm
from application.people.person_cases import PersonCases
from domain.case import Case
from domain.case_corrections import CorrectedRecord, CorrectionNote
from domain.errors import InvalidRightsRequestError
from domain.person import Person
from domain.person_rights import RightKind, RightsRequest
from domain.personal import Personal


@dataclass(frozen=True)
class NoteForm:
    """A correction note: the request it answers, the record, the corrected text."""

    request_id: UUID
    record: str  # a `CorrectedRecord`: summary, activity, plan, assessment
    record_id: UUID
    note: str


class RightsCommands(PersonCases):
    """Requests of the person's rights and their answers, each an event."""

    def request_right(
        self,
        actor: Actor,
        person_id: UUID,
        kind: str,
        request_ref: str,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        person = self.authorise_person(actor, Action.HANDLE_RIGHTS, person_id, expected)
        request_id = self.new_id()
        by, today = actor.recorded_by, self.today()
        person.request_right(request_id, kind, request_ref, by, today)
        self.commit(person)
        return request_id, person.version

    def rights_requests(self, actor: Actor, person_id: UUID) -> list[RightsRequest]:
        person = self.authorise_person(actor, Action.HANDLE_RIGHTS, person_id)
        return sorted(person.rights_requests.values(), key=lambda r: r.requested_on)

    def answer_disclosure(
        self,
        actor: Actor,
        person_id: UUID,
        request_id: UUID,
        expected: int | None = None,
    ) -> int:
        """Record that the copy is handed over today (開示の実施)."""
        return self._answer(
            actor,
            person_id,
            expected,
            lambda person, by, today: person.disclose(request_id, by, today),
            Action.DISCLOSE_COPY,
        )

    def disclose_on_request(
        self, actor: Actor, person_id: UUID, request_ref: str
    ) -> UUID:
        """The request with this reference, recorded if new, answered if pending.

        The officer at the window receives the request and hands the copy
        over at once: both events are committed together.
        """
        person = self.authorise_person(actor, Action.DISCLOSE_COPY, person_id)
        by, today = actor.recorded_by, self.today()
        found = person.request_by_ref(request_ref)
        request_id = self.new_id() if found is None else found.request_id
        if found is None:
            kind = RightKind.DISCLOSURE.value
            person.request_right(request_id, kind, request_ref, by, today)
        if found is None or found.is_pending:
            person.disclose(request_id, by, today)
        self.commit(person)
        return request_id

    def correct_identity(
        self,
        actor: Actor,
        person_id: UUID,
        request_id: UUID,
        form: PersonForm,
        expected: int | None = None,
    ) -> int:
        """Correct the identity as the form says it is now; the past stays."""
        identity = identity_of(person_id, form)
        return self._answer(
            actor,
            person_id,
            expected,
            lambda person, by, today: person.correct_identity(
                request_id, identity, by, today
            ),
        )

    def add_correction_note(
        self,
        actor: Actor,
        case_id: UUID,
        form: NoteForm,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Add the note to the case's record and answer the request, together."""
        case = self.load(Case, case_id, expected)
        person_id = case.intake.person_id
        person = self.authorise_person(actor, Action.HANDLE_RIGHTS, person_id)
        request = person.pending_right(form.request_id, None)
        note = CorrectionNote(
            self.new_id(),
            form.record,
            form.record_id,
            Personal(person_id, form.note),
            request.request_ref,
            self.today(),
            actor.recorded_by,
        )
        case.add_correction_note(note, _record(form.record))
        by, today = actor.recorded_by, self.today()
        person.note_correction(form.request_id, case_id, note.note_id, by, today)
        self.commit(case, person)
        return note.note_id, case.version

    def suspend_use(
        self,
        actor: Actor,
        person_id: UUID,
        request_id: UUID,
        expected: int | None = None,
    ) -> int:
        """Suspend the use of the person's data (利用停止) from today."""
        return self._answer(
            actor,
            person_id,
            expected,
            lambda person, by, today: person.suspend_use(request_id, by, today),
        )

    def lift_suspension(
        self,
        actor: Actor,
        person_id: UUID,
        reason: str,
        expected: int | None = None,
    ) -> int:
        return self._answer(
            actor,
            person_id,
            expected,
            lambda person, by, today: person.lift_suspension(by, today, reason),
        )

    def refuse_right(
        self,
        actor: Actor,
        person_id: UUID,
        request_id: UUID,
        reason: str,
        expected: int | None = None,
    ) -> int:
        return self._answer(
            actor,
            person_id,
            expected,
            lambda person, by, today: person.refuse_right(
                request_id, by, today, reason
            ),
        )

    def _answer(
        self,
        actor: Actor,
        person_id: UUID,
        expected: int | None,
        act: Callable[[Person, str, date], None],
        action: Action = Action.HANDLE_RIGHTS,
    ) -> int:
        """Authorise, load once, act as `actor` today, commit; the new version."""
        person = self.authorise_person(actor, action, person_id, expected)
        act(person, actor.recorded_by, self.today())
        self.commit(person)
        return person.version


def _record(record: str) -> CorrectedRecord:
    try:
        return CorrectedRecord(record)
    except ValueError:
        known = ", ".join(CorrectedRecord)
        raise InvalidRightsRequestError(f"record: one of {known}") from None
