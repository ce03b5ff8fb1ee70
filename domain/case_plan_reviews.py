"""Following a case's plans: the person's agreement, monitoring, evaluation.

The agency that may work on the case (its own, or one under an accepted
referral whose basis holds) records each; the person agrees to one revision
as the プラン兼利用申込書 asks (signed or orally). An evaluation that ends the
plan also ends it (`PlanEnded`), with the evaluation's note as the reason.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.catalogue.support_cycle import AgreementForm, Outcome
from domain.errors import InvalidPlanError, RevisionAlreadyApprovedError
from domain.personal import Personal
from domain.plan_reviews import (
    Evaluation,
    GoalProgress,
    Monitoring,
    check_goals,
    check_outcome,
)
from domain.recording import Recording
from domain.support_plan import SupportPlan


class CasePlanReviews(CaseSharing):
    """Agreement, monitoring (モニタリング) and evaluation (評価) of plans."""

    class PlanAgreed(Aggregate.Event):
        """The person agreed to a revision of the plan (本人同意・利用申込)."""

        plan_id: UUID
        revision: int
        agreed_on: date
        how: str
        agency: str
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            key = str(self.plan_id)
            plan = case.plans[key]
            case.plans[key] = plan.agreed(self.revision, self.agreed_on, self.how)

    class PlanMonitored(Aggregate.Event):
        """The plan was monitored (モニタリング), goal by goal."""

        plan_id: UUID
        monitoring: Monitoring
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            key = str(self.plan_id)
            case.plans[key] = case.plans[key].monitored(self.monitoring)

    class PlanEvaluated(Aggregate.Event):
        """The plan was evaluated (評価): continue, revise or end."""

        plan_id: UUID
        evaluation: Evaluation
        basis: Basis | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            key = str(self.plan_id)
            case.plans[key] = case.plans[key].evaluated(self.evaluation)

    def agree_to_plan(
        self,
        *,
        plan_id: UUID,
        revision: int,
        agreed_on: date,
        how: str,
        agency: str,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        self._check_open()
        plan = self.plan(plan_id)
        plan.check_follow_up(agreed_on)
        stated = plan.revision(revision)
        if how not in set(AgreementForm):
            raise InvalidPlanError(f"agreement is signed or oral, not {how}")
        if stated.agreed_on is not None:
            raise RevisionAlreadyApprovedError(
                f"the person agreed to revision {revision} on {stated.agreed_on}"
            )
        revision_stated = (f"revision {revision}", stated.stated_on)
        recording.check("agreed_on", agreed_on, after=revision_stated)
        self.working_basis(agency, agreed_on, recording.today)
        self._emit(
            "PlanAgreed",
            plan_id=plan_id,
            revision=revision,
            agreed_on=agreed_on,
            how=how,
            agency=agency,
            recorded_by=recorded_by,
        )

    def monitor_plan(
        self,
        *,
        plan_id: UUID,
        monitoring_id: UUID,
        monitored_on: date,
        agency: str,
        goals: tuple[GoalProgress, ...],
        recorded_by: str,
        recording: Recording,
    ) -> None:
        plan = self._live_plan(plan_id, "monitored_on", monitored_on, recording)
        check_goals(goals, len(plan.revisions[-1].statement.goals))
        basis = self.working_basis(agency, monitored_on, recording.today)
        monitoring = Monitoring(monitoring_id, monitored_on, agency, goals, basis)
        self._emit(
            "PlanMonitored",
            plan_id=plan_id,
            monitoring=monitoring,
            recorded_by=recorded_by,
        )

    def evaluate_plan(
        self,
        *,
        plan_id: UUID,
        evaluated_on: date,
        outcome: str,
        next_review_on: date | None,
        note: Personal | None,
        agency: str,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        self._live_plan(plan_id, "evaluated_on", evaluated_on, recording)
        check_outcome(outcome, evaluated_on, next_review_on, note)
        basis = self.working_basis(agency, evaluated_on, recording.today)
        evaluation = Evaluation(evaluated_on, outcome, agency, next_review_on, note)
        self._emit(
            "PlanEvaluated",
            plan_id=plan_id,
            evaluation=evaluation,
            basis=basis,
            recorded_by=recorded_by,
        )
        if outcome == Outcome.END and note is not None:
            self._emit(
                "PlanEnded",
                plan_id=plan_id,
                ended_on=evaluated_on,
                reason=note,
                recorded_by=recorded_by,
            )

    def _live_plan(
        self, plan_id: UUID, field: str, day: date, recording: Recording
    ) -> SupportPlan:
        """The plan followed up on `day`: live, the case open, the date in bounds."""
        self._check_open()
        plan = self.plan(plan_id)
        plan.check_follow_up(day)
        recording.check(field, day, after=("the plan's creation", plan.created_on))
        return plan
