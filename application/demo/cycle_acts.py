"""The support cycle of a planned case, as dated acts.

Assessments (the structured sheet, on the day of the case's first assessment
activity, or when a plan needs one), the city's support decision before a
plan under 多機関協働 or 参加支援, the person's agreement, monitoring and
evaluations at each review date, a plan ended by evaluation when its case
closes, and transfers. Choices are drawn from a generator seeded by the
case's key, so the year stays the same for the same seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from itertools import count

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import GoalForm
from application.demo.clock import Staff
from application.demo.cycle_forms import findings_of, first_of_month_after
from application.demo.model import Act, DemoCase, Step, SupportPlanPlan, need
from domain.catalogue.support_cycle import Progress
from domain.support_plan import DECIDED_PROJECTS

CITY_SECTION = "fukushi_ka"  # runs 多機関協働: records the support decision
PLAN_MAKER = "shakyo"


class CycleActs:
    """The cycle's acts of one planned case, bound to the ledger."""

    def __init__(
        self, ledger: CaseLedger, staff: Staff, seq: count[int], last_day: date
    ) -> None:
        self.ledger, self.staff, self.seq, self.last_day = ledger, staff, seq, last_day

    def of(self, case: DemoCase) -> list[Act]:
        acts = []
        assessed = _first_assessment(case)
        if assessed is not None:
            again = self._assess_again
            acts.append(self._act(assessed, Step.ASSESS, again, case, assessed))
        for plan in case.plans:
            acts += self._plan_acts(case, plan)
        if case.transfer is not None:
            hand = self._transfer
            acts.append(self._act(case.transfer.on, Step.TRANSFER, hand, case))
        return acts

    def _act(
        self, on: date, step: int, run: Callable[..., object], *args: object
    ) -> Act:
        return Act(on, step, next(self.seq), lambda: run(*args))

    def _plan_acts(self, case: DemoCase, plan: SupportPlanPlan) -> list[Act]:
        made = plan.created_on
        acts = [self._act(made, Step.ASSESS, self._assess, case, made)]
        if plan.project in DECIDED_PROJECTS:
            acts.append(self._act(made, Step.DECIDE, self._decide, case, made))
        for number, on in enumerate([made, *plan.revised_on], start=1):
            acts.append(self._act(on, Step.AGREE, self._agree, case, plan, number, on))
        for on in plan.revised_on:
            acts.append(self._act(on, Step.REVIEW, self._evaluate, case, plan, on))
        end = min(case.last_day - timedelta(days=1), self.last_day)
        monitored = made + timedelta(days=30 + case.key % 30)
        if monitored <= end:
            watch = self._monitor
            acts.append(self._act(monitored, Step.REVIEW, watch, case, plan, monitored))
        review = first_of_month_after([made, *plan.revised_on][-1], 3)
        while review <= end:
            keep = self._continue
            acts.append(self._act(review, Step.REVIEW, keep, case, plan, review))
            review = first_of_month_after(review, 3)
        if case.closes_on is not None and case.closes_on <= self.last_day:
            end_it = self._end
            acts.append(self._act(case.closes_on, Step.END_PLANS, end_it, case, plan))
        return acts

    def _maker(self, case: DemoCase) -> Actor:
        return self.staff(PLAN_MAKER, case.key)

    def _assess(self, case: DemoCase, on: date) -> None:
        """The sheet a plan rests on, unless the case was assessed already."""
        if case.assessment_id is None:
            worker = self.staff(case.agency, case.key)
            findings = findings_of(case, random.Random(f"assess/{case.key}"))  # noqa: S311
            case.assessment_id, _ = self.ledger.assess(
                worker, need(case.case_id), assessed_on=on, findings=findings
            )

    def _assess_again(self, case: DemoCase, on: date) -> None:
        """The case's assessment visit: its first sheet, or a revision of it."""
        if case.assessment_id is None:
            self._assess(case, on)
            return
        worker = self.staff(case.agency, case.key)
        findings = findings_of(case, random.Random(f"revise/{case.key}"))  # noqa: S311
        self.ledger.revise_assessment(
            worker,
            need(case.case_id),
            case.assessment_id,
            assessed_on=on,
            findings=findings,
        )

    def _decide(self, case: DemoCase, on: date) -> None:
        if not case.decided:
            section = self.staff(CITY_SECTION, case.key, "coordinator")
            self.ledger.decide_support(section, need(case.case_id), decided_on=on)
            case.decided = True

    def _agree(
        self, case: DemoCase, plan: SupportPlanPlan, number: int, on: date
    ) -> None:
        how = "signed" if (case.key + number) % 3 else "oral"
        self.ledger.agree_to_plan(
            self._maker(case),
            need(case.case_id),
            need(plan.plan_id),
            revision=number,
            agreed_on=on,
            how=how,
        )

    def _monitor(self, case: DemoCase, plan: SupportPlanPlan, on: date) -> None:
        rng = random.Random(f"monitor/{case.key}/{plan.created_on}")  # noqa: S311
        goals = tuple(
            GoalForm(
                n, rng.choice(list(Progress)), "（架空）変化の記録", "（架空）次の一歩"
            )
            for n in (1, 2)
        )
        self.ledger.monitor_plan(
            self._maker(case),
            need(case.case_id),
            need(plan.plan_id),
            monitored_on=on,
            goals=goals,
        )

    def _evaluate(self, case: DemoCase, plan: SupportPlanPlan, on: date) -> None:
        self.ledger.evaluate_plan(
            self._maker(case),
            need(case.case_id),
            need(plan.plan_id),
            evaluated_on=on,
            outcome="revise",
        )

    def _continue(self, case: DemoCase, plan: SupportPlanPlan, on: date) -> None:
        self.ledger.evaluate_plan(
            self._maker(case),
            need(case.case_id),
            need(plan.plan_id),
            evaluated_on=on,
            outcome="continue",
            next_review_on=first_of_month_after(on, 3),
        )

    def _end(self, case: DemoCase, plan: SupportPlanPlan) -> None:
        self.ledger.evaluate_plan(
            self._maker(case),
            need(case.case_id),
            need(plan.plan_id),
            evaluated_on=need(case.closes_on),
            outcome="end",
            note="（架空）目標に達したため終了",
        )

    def _transfer(self, case: DemoCase) -> None:
        """Hand the case on; the receiving agency then names its worker."""
        transfer, case_id = need(case.transfer), need(case.case_id)
        self.ledger.transfer_case(
            self.staff(case.agency, case.key),
            case_id,
            to_agency=transfer.to_agency,
            transferred_on=transfer.on,
            note="（架空）転居先の窓口へ引継ぎ",
        )
        chief = self.staff(transfer.to_agency, case.key, "supervisor")
        worker = self.ledger.register_user(
            f"（架空）{transfer.to_agency}担当", transfer.to_agency, "caseworker"
        )
        self.ledger.assign_worker(
            chief, case_id, worker=worker, assigned_on=transfer.on
        )


def _first_assessment(case: DemoCase) -> date | None:
    """The day of the case's first assessment activity (アセスメント), if any."""
    days = [
        form.occurred_on
        for forms in case.activities.values()
        for form in forms
        if form.kind == "assessment"
    ]
    return min(days) if days else None
