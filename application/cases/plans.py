"""Commands on a case's support plans (支援プラン) and activities (活動記録)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.cases.forms import PlanForm
from domain.case import Case
from domain.personal import Personal
from domain.support_plan import AgencyRole, PlanStatement


class PlanCommands(BasisChecks):
    """Support plans and activities inside a case; each command is one transaction.

    Free text (goals, roles, direction, reasons, notes) is wrapped as personal
    data of the case's person, so erasing the person erases it; 事業, kinds and
    dates stay countable. `expected` is the case's version (the HTTP If-Match).
    """

    def create_plan(
        self,
        actor: Actor,
        case_id: UUID,
        *,
        project: str,
        form: PlanForm,
        created_on: date,
        assessment_id: UUID,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Make a plan under a 事業 as revision 1; returns its id and the version.

        It rests on an assessment of the case (and, under 多機関協働 or 参加支援,
        on the city's support decision): the case's rules.
        """
        self.check_runs(actor.agency, project, created_on)
        case = self.load(Case, case_id, expected)
        statement = self._statement(case.intake.person_id, form)
        plan_id = self.new_id()
        case.create_plan(
            plan_id=plan_id,
            project=project,
            statement=statement,
            created_on=created_on,
            agency=actor.agency,
            assessment_id=assessment_id,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return plan_id, case.version

    def revise_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        *,
        form: PlanForm,
        revised_on: date,
        expected_revision: int | None = None,
        expected: int | None = None,
    ) -> tuple[int, int]:
        """Restate the whole plan on top of `expected_revision`, if given.

        Returns the new revision's number and the case's version.
        """
        case = self.load(Case, case_id, expected)
        revision = case.revise_plan(
            plan_id=plan_id,
            statement=self._statement(case.intake.person_id, form),
            revised_on=revised_on,
            agency=actor.agency,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
            expected_revision=expected_revision,
        )
        self.commit(case)
        return revision, case.version

    def approve_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        *,
        revision: int,
        meeting_id: UUID,
        approved_on: date,
        expected: int | None = None,
    ) -> int:
        """Record that a meeting approved one revision of the plan."""
        case = self.load(Case, case_id, expected)
        case.approve_plan(
            plan_id=plan_id,
            revision=revision,
            meeting_id=meeting_id,
            approved_on=approved_on,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return case.version

    def end_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        *,
        ended_on: date,
        reason: str,
        expected: int | None = None,
    ) -> int:
        case = self.load(Case, case_id, expected)
        note = Personal(case.intake.person_id, reason)
        case.end_plan(plan_id, ended_on, note, actor.recorded_by, self.recording())
        self.commit(case)
        return case.version

    def void_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        reason: str,
        expected: int | None = None,
    ) -> int:
        """Void a plan recorded in error (取消); it stays in history (R9)."""
        case = self.load(Case, case_id, expected)
        note = Personal(case.intake.person_id, reason)
        recording = self.recording()
        case.void_plan(plan_id, actor.agency, note, actor.recorded_by, recording)
        self.commit(case)
        return case.version

    def _statement(self, person_id: UUID, form: PlanForm) -> PlanStatement:
        """The plan as typed, its free text under the person's key."""
        self.check_agency(*(agency for agency, _role in form.roles))
        return PlanStatement(
            goals=tuple(Personal(person_id, goal) for goal in form.goals),
            roles=tuple(
                AgencyRole(agency, Personal(person_id, role))
                for agency, role in form.roles
            ),
            direction=Personal(person_id, form.direction),
            review_on=form.review_on,
        )
