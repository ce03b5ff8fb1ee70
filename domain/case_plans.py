"""Commands on a case's support plans (支援プラン): make, revise, approve, end, void.

The case's own agency, or one working on it under an accepted referral,
makes and revises plans; the event keeps the basis that agency worked on.
Whether the registry says the agency runs the plan's 事業 is the registry's
rule (`AgencyRegistryRules.check_runs`), asked by the application first.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain import case_upcasts as past
from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.errors import (
    AssessmentNotFoundError,
    AssessmentRequiredError,
    NotRecordingAgencyError,
    PlanAlreadyExistsError,
    SupportDecisionRequiredError,
)
from domain.personal import Personal
from domain.recording import Recording
from domain.support_plan import DECIDED_PROJECTS, PlanStatement, SupportPlan


class CasePlans(CaseSharing):
    """Support plans (支援プラン) inside a case."""

    class PlanCreated(Aggregate.Event):
        """A support plan (支援プラン) was made under a 事業, as revision 1."""

        class_version = 3
        upcast_v1_v2 = staticmethod(past.plan_agency_and_basis)
        upcast_v2_v3 = staticmethod(past.plan_assessment)

        plan_id: UUID
        project: str
        statement: PlanStatement
        created_on: date
        agency: str | None
        basis: Basis | None
        assessment_id: UUID | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.plans[str(self.plan_id)] = SupportPlan.created(
                self.plan_id,
                self.project,
                self.statement,
                self.created_on,
                self.agency,
                self.basis,
                self.assessment_id,
            )

    class PlanRevised(Aggregate.Event):
        """The plan was revised (改訂); `statement` is the whole plan, not a diff."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.revision_basis)

        plan_id: UUID
        revision: int
        statement: PlanStatement
        revised_on: date
        basis: Basis | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            plan = case.plans[str(self.plan_id)]
            revised = plan.revised(
                self.revision, self.statement, self.revised_on, self.basis
            )
            case.plans[str(self.plan_id)] = revised

    class PlanApproved(Aggregate.Event):
        """A meeting approved one revision of the plan (承認)."""

        plan_id: UUID
        revision: int
        meeting_id: UUID
        approved_on: date
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            plan = case.plans[str(self.plan_id)]
            approved = plan.approved(self.revision, self.meeting_id, self.approved_on)
            case.plans[str(self.plan_id)] = approved

    class PlanEnded(Aggregate.Event):
        """The support plan ended (終了), with a reason."""

        plan_id: UUID
        ended_on: date
        reason: Personal
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            plan = case.plans[str(self.plan_id)]
            case.plans[str(self.plan_id)] = plan.ended(self.ended_on, self.reason)

    class PlanVoided(Aggregate.Event):
        """A plan recorded in error was voided (取消): it counts nowhere."""

        plan_id: UUID
        voided_on: date
        reason: Personal
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            plan = case.plans[str(self.plan_id)]
            case.plans[str(self.plan_id)] = plan.voided(self.voided_on, self.reason)

    def create_plan(
        self,
        *,
        plan_id: UUID,
        project: str,
        statement: PlanStatement,
        created_on: date,
        agency: str,
        assessment_id: UUID,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Make a plan on an assessment (and the support decision, if needed)."""
        self._check_open()
        if str(plan_id) in self.plans:
            raise PlanAlreadyExistsError(str(plan_id))
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("created_on", created_on, after=opening)
        SupportPlan.check_new(project, statement, created_on)
        self._check_grounds(project, assessment_id, created_on)
        basis = self.working_basis(agency, created_on, recording.today)
        self._emit(
            "PlanCreated",
            plan_id=plan_id,
            project=project,
            statement=statement,
            created_on=created_on,
            agency=agency,
            basis=basis,
            assessment_id=assessment_id,
            recorded_by=recorded_by,
        )

    def _check_grounds(self, project: str, assessment_id: UUID, day: date) -> None:
        """The assessment made by `day`; the decision by `day` if the 事業 needs it."""
        try:
            made_on = self.assessment(assessment_id).first_made_on
        except AssessmentNotFoundError:
            raise AssessmentRequiredError(f"no assessment {assessment_id}") from None
        if made_on > day:
            raise AssessmentRequiredError(f"assessment {assessment_id} is of {made_on}")
        decision = self.support_decision
        if project in DECIDED_PROJECTS and (
            decision is None or decision.decided_on > day
        ):
            raise SupportDecisionRequiredError(
                f"a {project} plan needs the city's support decision by {day}"
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
