"""Reviews due (見直し期限): a plan whose review date passed without an evaluation.

Run on both stores. An evaluation answers the review it follows: continuing
moves the date, revising waits for the revision's own date, ending ends the
plan. The statuses of a case are declared once, in `projections/caseloads.py`.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from eventsourcing.persistence import Tracking

from application.case_ledger import CaseLedger
from projections import caseloads
from projections.caseloads import CaseStatus, status_sql
from projections.read_models import ReadModels
from tests.projections.given import SHAKYO, a_case, caught_up
from tests.projections.test_caseloads import given_two_plans
from tests.support.clock import TestClock

AFTER_BOTH = date(2026, 7, 31)  # after 1 July (soon) and 15 July (later)


def evaluate(
    ledger: CaseLedger, case_id: UUID, plan_id: UUID, outcome: str, **more: object
) -> None:
    ledger.evaluate_plan(
        SHAKYO, case_id, plan_id, evaluated_on=date(2026, 7, 20), outcome=outcome,
        **more,  # type: ignore[arg-type]
    )  # fmt: skip


def test_continuing_moves_the_review_past_the_date_asked(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    case_id = a_case(ledger, agency="shakyo")
    soon, later = given_two_plans(ledger, case_id)
    clock.set(date(2026, 7, 20))

    evaluate(ledger, case_id, soon, "continue", next_review_on=date(2026, 10, 1))

    due = caught_up(models).caseloads.plans_due(AFTER_BOTH)
    assert [p.plan_id for p in due] == [str(later)]
    moved = caught_up(models).caseloads.plans_due(date(2026, 10, 1))
    assert {p.plan_id: p.review_on for p in moved}[str(soon)] == date(2026, 10, 1)


def test_revising_answers_the_review_until_the_revisions_own_date(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    case_id = a_case(ledger, agency="shakyo")
    soon, later = given_two_plans(ledger, case_id)
    clock.set(date(2026, 7, 20))

    evaluate(ledger, case_id, later, "revise")

    due = caught_up(models).caseloads.plans_due(AFTER_BOTH)
    assert [p.plan_id for p in due] == [str(soon)]


def test_ending_by_evaluation_takes_the_plan_off_the_list(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    case_id = a_case(ledger, agency="shakyo")
    soon, later = given_two_plans(ledger, case_id)
    clock.set(date(2026, 7, 20))

    evaluate(ledger, case_id, soon, "end", note="目標を達成")

    due = caught_up(models).caseloads.plans_due(AFTER_BOTH)
    assert [p.plan_id for p in due] == [str(later)]


def test_an_evaluation_before_the_review_date_does_not_answer_it(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    case_id = a_case(ledger, agency="shakyo")
    soon, later = given_two_plans(ledger, case_id)
    clock.set(date(2026, 6, 25))
    ledger.evaluate_plan(
        SHAKYO, case_id, later, evaluated_on=date(2026, 6, 25), outcome="revise"
    )

    due = caught_up(models).caseloads.plans_due(AFTER_BOTH)

    assert [p.plan_id for p in due] == [str(soon), str(later)]


def test_the_sql_gives_each_status_by_the_declared_rules() -> None:
    sql = status_sql("c")

    for status, condition in caseloads.STATUS_RULES:
        assert f"WHEN c.{condition} THEN '{status.value}'" in sql
    assert sql.endswith(f"ELSE '{CaseStatus.INTAKE.value}' END")
    assert {s.label_ja for s in CaseStatus} >= {"終結", "つなぎ中"}


class _Declined:
    value = "support_declined"


def test_a_status_added_as_a_rule_on_the_stage_is_counted(
    ledger: CaseLedger, models: ReadModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook a new act uses: a rule on `stage`, set through the port."""
    rule = (_Declined(), "stage = 'support_declined'")
    monkeypatch.setattr(caseloads, "STATUS_RULES", (rule, *caseloads.STATUS_RULES))
    case_id = str(a_case(ledger))
    view = caught_up(models).caseloads
    position = view.max_tracking_id(ledger.name) or 0

    view.set_stage(case_id, "support_declined", Tracking(ledger.name, position + 10**6))

    statuses = {c.status for c in view.counts()}
    assert statuses == {"support_declined"}
