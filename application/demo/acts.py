"""The plan as dated acts, each one command of the ledger (or one batch).

Acts run in business-date order; on one day, in the order a day's work
happens: registry, intake, consents, referrals, plans, activities, records
and tallies, meetings, withdrawals, closures, reopenings.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from functools import partial
from itertools import count
from uuid import UUID

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import (
    ActivityForm,
    ConsentForm,
    HouseholdChoice,
    IntakeForm,
    PlanForm,
    ReferralForm,
)
from application.demo.clock import DemoClock, Staff
from application.demo.cycle_forms import first_of_month_after
from application.demo.givers import given_for, household_choice
from application.demo.model import Act, DemoCase, Step, need
from domain.referral import ReferralStatus

PURPOSES = ("information_sharing", "referral", "coordinated_support_meeting")
CLOSURE_CODES = (
    "goals_reached",
    "stable",
    "moved_away",
    "died",
    "lost_contact",
    "persons_wish",
    "handed_over",
)


class CaseActs:
    """The acts of one planned case, bound to the ledger."""

    def __init__(
        self, ledger: CaseLedger, staff: Staff, clock: DemoClock, seq: count[int]
    ) -> None:
        self.ledger, self.staff, self.clock, self.seq = ledger, staff, clock, seq
        self.households: dict[UUID, UUID] = {}  # the plan's key → the ledger's id

    def of(self, case: DemoCase) -> list[Act]:
        events = 2 if case.household is None else 5  # the household: up to 3 more
        opening = partial(self._open, case)
        acts = [self._act(case.opened_on, Step.INTAKE, opening, events)]
        consent, referral = case.consent, case.referral
        dated = [
            (consent and consent.given_on, Step.CONSENT, self._consent),
            (consent and consent.withdrawn_on, Step.WITHDRAWAL, self._withdraw),
            (referral and referral.requested_on, Step.REFERRAL, self._request),
            (case.closes_on, Step.CLOSURE, self._close),
            (case.reopens_on, Step.REOPENING, self._reopen),
        ]
        for on, priority, run in dated:
            if on:
                acts.append(self._act(on, priority, partial(run, case)))
        return acts + self._steps(case) + self._plans(case) + self._work_acts(case)

    def _act(
        self, on: date, priority: int, run: Callable[[], object], events: int = 1
    ) -> Act:
        return Act(on, priority, next(self.seq), run, events)

    def _steps(self, case: DemoCase) -> list[Act]:
        steps = case.referral.steps if case.referral else []
        return [
            self._act(on, Step.STEP, partial(self._step, case, status, on))
            for status, on in steps
        ]

    def _plans(self, case: DemoCase) -> list[Act]:
        acts = []
        for index, plan in enumerate(case.plans):
            run = partial(self._plan, case, index)
            acts.append(self._act(plan.created_on, Step.PLAN, run))
            acts += [
                self._act(on, Step.PLAN, partial(self._revise, case, index, on))
                for on in plan.revised_on
            ]
        return acts

    def _work_acts(self, case: DemoCase) -> list[Act]:
        acts = []
        for forms in case.activities.values():
            forms.sort(key=lambda f: f.occurred_on)
            run = partial(self._work, case, forms)
            events = len(forms) + len({form.occurred_on for form in forms})
            acts.append(self._act(forms[-1].occurred_on, Step.WORK, run, events))
        return acts

    def _worker(self, case: DemoCase, agency: str | None = None) -> Actor:
        return self.staff(agency or case.agency, case.key)

    def _open(self, case: DemoCase) -> None:
        form = IntakeForm(
            intake_agency=case.agency,
            fields=case.fields,
            issues=case.issues,
            projects=case.projects,
            route=case.route,
            opened_on=case.opened_on,
            person=case.person,
            summary=case.summary,
            household=self._household(case),
            # Drawn at random: two with one kana name and birth date are two people.
            confirm_new_person=True,
        )
        case.case_id = self.ledger.open_case(self._worker(case), form).case_id
        if case.household is not None and case.household not in self.households:
            opened = self.ledger.get_case(case.case_id)
            self.households[case.household] = need(opened.intake.household_id)

    def _household(self, case: DemoCase) -> HouseholdChoice | None:
        """The first member's intake forms the household; the others join it."""
        if case.household is None:
            return None
        return household_choice(case, self.households.get(case.household))

    def _consent(self, case: DemoCase) -> None:
        consent = need(case.consent)
        until = consent.given_on.replace(year=consent.given_on.year + 1, day=1)
        form = ConsentForm(
            given_by="person",
            agencies=consent.agencies,
            purposes=PURPOSES,
            categories=consent.categories,
            valid_from=consent.given_on,
            valid_until=until,
        )
        form = given_for(form, case.person.birth_date)
        worker, case_id = self._worker(case), need(case.case_id)
        consent.consent_id, _ = self.ledger.grant_consent(worker, case_id, form)

    def _withdraw(self, case: DemoCase) -> None:
        consent = need(case.consent)
        self.ledger.withdraw_consent(
            self._worker(case),
            need(case.case_id),
            need(consent.consent_id),
            need(consent.withdrawn_on),
            "（架空）本人の申出により撤回",
        )

    def _request(self, case: DemoCase) -> None:
        referral = need(case.referral)
        form = ReferralForm(
            referral.to_agency, "（架空）専門的な支援のため", referral.requested_on
        )
        made = self.ledger.request_referral(
            self._worker(case), need(case.case_id), form
        )
        referral.referral_id = made.referral_id

    def _step(self, case: DemoCase, status: str, on: date) -> None:
        referral = need(case.referral)
        agency = case.agency if status == "cancelled" else referral.to_agency
        self.ledger.move_referral(
            self._worker(case, agency),
            need(case.case_id),
            need(referral.referral_id),
            ReferralStatus(status),
            on,
            "（架空）",
        )

    def _plan(self, case: DemoCase, index: int) -> None:
        plan = case.plans[index]
        plan.plan_id, _ = self.ledger.create_plan(
            self._worker(case, "shakyo"),
            need(case.case_id),
            project=plan.project,
            form=_plan_form(case, plan.created_on),
            created_on=plan.created_on,
            assessment_id=need(case.assessment_id),
        )

    def _revise(self, case: DemoCase, index: int, on: date) -> None:
        self.ledger.revise_plan(
            self._worker(case, "shakyo"),
            need(case.case_id),
            need(case.plans[index].plan_id),
            form=_plan_form(case, on),
            revised_on=on,
        )

    def _work(self, case: DemoCase, forms: list[ActivityForm]) -> None:
        """Open the case on each contact day (each read logged), then save the work."""
        worker, case_id = self._worker(case), need(case.case_id)
        for day in sorted({form.occurred_on for form in forms}):
            self.clock.set(day)
            self.ledger.record_access(
                worker, "read_full", "case", str(case_id), "support"
            )
        for agency in sorted({form.agency for form in forms}):
            mine = [form for form in forms if form.agency == agency]
            self.ledger.record_activities(self._worker(case, agency), case_id, mine)

    def _close(self, case: DemoCase) -> None:
        closed_on = need(case.closes_on)
        reason = "（架空）支援終結"
        self.ledger.close_case(
            self._worker(case),
            need(case.case_id),
            closed_on,
            reason,
            reason_code=closure_reason(case),
        )

    def _reopen(self, case: DemoCase) -> None:
        on, reason = need(case.reopens_on), "（架空）再相談"
        self.ledger.reopen_case(self._worker(case), need(case.case_id), on, reason)


def closure_reason(case: DemoCase) -> str:
    """A coded reason, drawn by the case's key: mostly goals reached or stable."""
    rng = random.Random(f"closure/{case.key}")  # noqa: S311 (demo data)
    elderly = "elderly_care" in case.fields
    weights = (40, 20, 8, 6 if elderly else 1, 8, 10, 8)
    return rng.choices(CLOSURE_CODES, weights)[0]


def _plan_form(case: DemoCase, on: date) -> PlanForm:
    """A fictional plan, reviewed (見直し) about three months on."""
    review = first_of_month_after(on, 3)
    roles = {"shakyo": "（架空）全体の調整", case.agency: "（架空）日常の相談"}
    return PlanForm(
        goals=("（架空）安心して暮らせる", "（架空）地域とのつながりを持つ"),
        roles=tuple(roles.items()),
        direction="（架空）関係機関で役割を分担して見守る",
        review_on=review,
    )
