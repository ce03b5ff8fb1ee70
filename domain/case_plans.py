"""Queries and guards of the support plans and activities inside a `Case`.

Kept apart from `case.py` so that module holds only commands, events and
appliers; these methods emit nothing.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.activity import Activity
from domain.errors import (
    ActivityAlreadyRecordedError,
    PlanAlreadyExistsError,
    PlanNotFoundError,
)
from domain.intake import Intake
from domain.support_plan import PlanStatement, SupportPlan


class CasePlans:
    """Support plans (支援プラン) and activities (活動記録) of a case."""

    intake: Intake
    plans: dict[str, SupportPlan]
    activities: dict[str, Activity]

    def plan(self, plan_id: UUID) -> SupportPlan:
        try:
            return self.plans[str(plan_id)]
        except KeyError:
            raise PlanNotFoundError(str(plan_id)) from None

    def check_new_plan(
        self, plan_id: UUID, project: str, statement: PlanStatement, created_on: date
    ) -> None:
        if str(plan_id) in self.plans:
            raise PlanAlreadyExistsError(str(plan_id))
        SupportPlan.check_new(project, statement, created_on)

    def check_new_activity(self, activity: Activity) -> None:
        if str(activity.activity_id) in self.activities:
            raise ActivityAlreadyRecordedError(str(activity.activity_id))
        activity.check(self.intake.opened_on)

    def _put(self, plan: SupportPlan) -> None:
        self.plans[str(plan.plan_id)] = plan
