"""Commands on a case's support plans (支援プラン): make, revise, approve, end, void.

The case's own agency, or one working on it under an accepted referral,
makes and revises plans; the event keeps the basis that agency worked on.
Whether the registry says the agency runs the plan's 事業 is the registry's
rule (`AgencyRegistryRules.check_runs`), asked by the application first.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.case_sharing import CaseSharing
from domain.errors import NotRecordingAgencyError, PlanAlreadyExistsError
from domain.personal import Personal
from domain.recording import Recording
from domain.support_plan import PlanStatement, SupportPlan


class CasePlans(CaseSharing):
    """Support plans (支援プラン) inside a case."""

    def create_plan(
        self,
        *,
        plan_id: UUID,
        project: str,
        statement: PlanStatement,
        created_on: date,
        agency: str,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        self._check_open()
        if str(plan_id) in self.plans:
            raise PlanAlreadyExistsError(str(plan_id))
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("created_on", created_on, after=opening)
        SupportPlan.check_new(project, statement, created_on)
        basis = self.working_basis(agency, created_on, recording.today)
        self._emit(
            "PlanCreated",
            plan_id=plan_id,
            project=project,
            statement=statement,
            created_on=created_on,
            agency=agency,
            basis=basis,
            recorded_by=recorded_by,
        )

    def revise_plan(
        self,
        *,
        plan_id: UUID,
        statement: PlanStatement,
        revised_on: date,
        agency: str,
        recorded_by: str,
        recording: Recording,
        expected_revision: int | None = None,
    ) -> int:
        """Record the next revision; `expected_revision` is the one edited."""
        self._check_open()
        plan = self.plan(plan_id)
        number = plan.check_revision(statement, revised_on, expected_revision)
        recording.check("revised_on", revised_on)
        basis = self.working_basis(agency, revised_on, recording.today)
        self._emit(
            "PlanRevised",
            plan_id=plan_id,
            revision=number,
            statement=statement,
            revised_on=revised_on,
            basis=basis,
            recorded_by=recorded_by,
        )
        return number

    def approve_plan(
        self,
        *,
        plan_id: UUID,
        revision: int,
        meeting_id: UUID,
        approved_on: date,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Record that a meeting approved one revision (its rules: `Meeting`)."""
        self._check_open()
        self.plan(plan_id).check_approval(revision, approved_on)
        recording.check("held_on", approved_on)
        self._emit(
            "PlanApproved",
            plan_id=plan_id,
            revision=revision,
            meeting_id=meeting_id,
            approved_on=approved_on,
            recorded_by=recorded_by,
        )

    def end_plan(
        self,
        plan_id: UUID,
        ended_on: date,
        reason: Personal,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        self._check_open()
        plan = self.plan(plan_id)
        plan.check_end(ended_on)
        recording.check(
            "ended_on", ended_on, after=("the plan's creation", plan.created_on)
        )
        self._emit(
            "PlanEnded",
            plan_id=plan_id,
            ended_on=ended_on,
            reason=reason,
            recorded_by=recorded_by,
        )

    def void_plan(
        self,
        plan_id: UUID,
        agency: str,
        reason: Personal,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Void a plan recorded in error (取消): by the agency that made it."""
        plan = self.plan(plan_id)
        plan.check_not_voided()
        maker = plan.agency or self.owner
        if agency != maker:
            raise NotRecordingAgencyError(f"only {maker} may void this plan")
        self._emit(
            "PlanVoided",
            plan_id=plan_id,
            voided_on=recording.today,
            reason=reason,
            recorded_by=recorded_by,
        )
