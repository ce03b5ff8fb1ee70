"""Rendering a form is reading: the same rules, and the access log first.

A case's form follows `GET /v1/cases/{id}`: the reader's right is judged
today (R4), the read is recorded before anything is built, and the content
is the case as recorded at `as_of`, shown through `case_view` with the
reader's scope. A sharer reading as of an earlier instant sees only what its
basis covered then as well as now: no basis then, no form (refused and
logged). A meeting's 会議録 follows `GET /v1/meetings/{id}` (R6).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from uuid import UUID

from application.access.actor import Actor
from application.access.commands import AccessCommands, meeting_facts
from application.access.policy import Action, Facts, Scope
from application.access.reads import Read
from application.cases.reading import basis_view, case_view
from application.forms.assessment import assessment
from application.forms.context import CaseContext, DisclosureRow
from application.forms.intake import intake_consent
from application.forms.intake_no_consent import intake_no_consent
from application.forms.labels import basis_ja, instant_ja
from application.forms.minutes import minutes_form
from application.forms.model import Form, FormKind
from application.forms.plan import plan
from application.forms.records import CaseAsOf, FormRecords
from application.meetings.record import MinutesRecord, minutes_record
from domain.case import Case
from domain.catalogue import TOKYO
from domain.errors import ConsentRequiredError
from domain.meeting import Meeting

CASE_FORMS: Mapping[FormKind, Callable[[CaseContext], Form]] = {
    FormKind.INTAKE_CONSENT: intake_consent,
    FormKind.INTAKE_NO_CONSENT: intake_no_consent,
    FormKind.ASSESSMENT: assessment,
    FormKind.PLAN: plan,
}


class FormQueries(AccessCommands, FormRecords):
    """Forms of a case or a meeting, and the minutes as a record."""

    def case_form(  # noqa: PLR0917 (what the caller asks for)
        self,
        actor: Actor,
        case_id: UUID,
        kind: FormKind,
        as_of: datetime | None = None,
        purpose: str = "case_work",
        plan_id: UUID | None = None,
    ) -> Form:
        """The form as this reader may see it, after recording the read."""
        build = CASE_FORMS[kind]  # a KeyError is a caller's bug: kinds are typed
        current = self.load(Case, case_id, None)
        facts = self.facts_of(current)
        read = Read(actor, "case", case_id, purpose, action=f"form_{kind}")
        scope = self.authorised_read(read, Action.READ_CASE, Facts(case=facts))
        then = self.case_as_of(case_id, as_of)
        scope = self._scope_then(read, scope, then, as_of)
        basis = facts.statutes.get(actor.agency) if not scope.full else None
        self.record_read(read.allowed(f"form_{kind}_{scope.name}", basis))
        return build(self._context(actor, then, scope, as_of, plan_id))

    def meeting_minutes(
        self,
        actor: Actor,
        meeting_id: UUID,
        as_of: datetime | None = None,
        purpose: str = "meeting",
        action: str = "read_minutes",
    ) -> MinutesRecord:
        """The minutes as they stood at `as_of`, as far as the reader is entitled."""
        current = self.load(Meeting, meeting_id, None)
        read = Read(actor, "meeting", meeting_id, purpose, action=action)
        facts = Facts(meeting=meeting_facts(current))
        self.authorised_read(read, Action.READ_MEETING, facts)
        then = self.meeting_as_of(meeting_id, as_of)
        self.record_read(read.allowed(action))
        acknowledged = then.recorded.all_of(Meeting.ConfidentialityAcknowledged)
        withheld = self.withheld(actor, current)
        return minutes_record(then.meeting, acknowledged, actor, as_of, withheld)

    def meeting_form(
        self,
        actor: Actor,
        meeting_id: UUID,
        as_of: datetime | None = None,
        purpose: str = "meeting",
    ) -> Form:
        """会議録 as a form; the read is logged as `form_minutes`."""
        record = self.meeting_minutes(actor, meeting_id, as_of, purpose, "form_minutes")
        then = self.meeting_as_of(meeting_id, as_of)
        staff = self.staff_name(then.recorded.author(Meeting.Convened))
        return minutes_form(
            record,
            self._day(as_of),
            self._as_of_text(as_of),
            self.staff_name(actor.recorded_by),
            staff,
        )

    def _scope_then(
        self, read: Read, scope: Scope, then: CaseAsOf, as_of: datetime | None
    ) -> Scope:
        """A sharer's scope now, narrowed to what its basis covered then."""
        if scope.full or as_of is None:
            return scope
        shares = then.case.shares_on(self._day(as_of)).get(scope.agency)
        if shares is None:
            refusal = ConsentRequiredError(
                f"{scope.agency} had no basis to read this case as of "
                f"{as_of.isoformat()}"
            )
            self.record_read(read.denied(refusal))
            raise refusal
        return Scope(scope.agency, full=False, categories=scope.categories & shares)

    def _context(
        self,
        actor: Actor,
        then: CaseAsOf,
        scope: Scope,
        as_of: datetime | None,
        plan_id: UUID | None,
    ) -> CaseContext:
        view = case_view(then.case, then.person, scope, self._day(as_of))
        notes = then.case.disclosures.values() if scope.full else ()
        return CaseContext(
            view=view,
            recorded=then.recorded,
            day=self._day(as_of),
            as_of=self._as_of_text(as_of),
            reader=self.staff_name(actor.recorded_by),
            staff=self.staff_name,
            disclosures=tuple(
                DisclosureRow(
                    n.held_on, n.recipients, n.categories, basis_ja(basis_view(n.basis))
                )
                for n in notes
            ),
            plan_id=plan_id,
            agency=actor.agency,
        )

    def _day(self, as_of: datetime | None) -> date:
        return self.today() if as_of is None else as_of.astimezone(TOKYO).date()

    def _as_of_text(self, as_of: datetime | None) -> str:
        return instant_ja(as_of if as_of is not None else self.now())
