"""Commands of the support cycle on plans and cases.

The city's support decision (支援決定); the person's agreement to a plan;
monitoring (モニタリング) and evaluation (評価). Words are personal data under the
person's key; codes and dates stay countable.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.cases.forms import GoalForm
from domain.case import Case
from domain.personal import Personal
from domain.plan_reviews import GoalProgress


class CycleCommands(BasisChecks):
    """Each command is one transaction on the case; `expected` is its version."""

    def decide_support(
        self,
        actor: Actor,
        case_id: UUID,
        *,
        decided_on: date,
        meeting_id: UUID | None = None,
        expected: int | None = None,
    ) -> int:
        """Record the city's decision, by a section the registry says may (R8)."""
        self.check_may_decide(actor.agency, decided_on)
        if meeting_id is not None:
            self.check_decided_at(meeting_id, case_id, actor.agency, decided_on)
        case = self.load(Case, case_id, expected)
        case.decide_support(
            decided_on=decided_on,
            agency=actor.agency,
            meeting_id=meeting_id,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return case.version

    def agree_to_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        *,
        revision: int,
        agreed_on: date,
        how: str,
        expected: int | None = None,
    ) -> int:
        case = self.load(Case, case_id, expected)
        case.agree_to_plan(
            plan_id=plan_id,
            revision=revision,
            agreed_on=agreed_on,
            how=how,
            agency=actor.agency,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return case.version

    def monitor_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        *,
        monitored_on: date,
        goals: tuple[GoalForm, ...],
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Record a monitoring; returns its id and the case's version."""
        case = self.load(Case, case_id, expected)
        person_id = case.intake.person_id
        monitoring_id = self.new_id()
        case.monitor_plan(
            plan_id=plan_id,
            monitoring_id=monitoring_id,
            monitored_on=monitored_on,
            agency=actor.agency,
            goals=tuple(_progress(person_id, g) for g in goals),
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return monitoring_id, case.version

    def evaluate_plan(
        self,
        actor: Actor,
        case_id: UUID,
        plan_id: UUID,
        *,
        evaluated_on: date,
        outcome: str,
        next_review_on: date | None = None,
        note: str | None = None,
        expected: int | None = None,
    ) -> int:
        case = self.load(Case, case_id, expected)
        person_id = case.intake.person_id
        case.evaluate_plan(
            plan_id=plan_id,
            evaluated_on=evaluated_on,
            outcome=outcome,
            next_review_on=next_review_on,
            note=_personal(person_id, note),
            agency=actor.agency,
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return case.version


def _personal(person_id: UUID, text: str | None) -> Personal | None:
    return None if text is None else Personal(person_id, text)


def _progress(person_id: UUID, form: GoalForm) -> GoalProgress:
    return GoalProgress(
        form.goal,
        form.progress,
        _personal(person_id, form.changes),
        _personal(person_id, form.next_steps),
    )
