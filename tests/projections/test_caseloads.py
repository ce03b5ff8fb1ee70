"""Caseloads: open cases by agency, worker, field and status; plans due."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.case_ledger import CaseLedger
from domain.referral import ReferralStatus
from projections.caseload_view import CaseloadCount
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER, RECEIVING_WORKER, a_referral
from tests.application.given_plans import given_grounds
from tests.projections.given import (
    SHAKYO,
    a_case,
    a_consented_case,
    a_plan_form,
    caught_up,
)
from tests.support.clock import TestClock

WORKER = str(INTAKE_WORKER.user_id)


def test_a_new_case_is_counted_at_its_agency_for_its_worker_in_each_field(
    ledger: CaseLedger, models: ReadModels
) -> None:
    a_case(ledger, fields=("elderly_care", "livelihood"))

    counts = caught_up(models).caseloads.counts()

    assert counts == [
        CaseloadCount("chuo_houkatsu", WORKER, "elderly_care", "intake", 1),
        CaseloadCount("chuo_houkatsu", WORKER, "livelihood", "intake", 1),
    ]
    assert models.caseloads.open_by_agency() == {"chuo_houkatsu": 1}


def test_a_pending_referral_then_a_plan_change_the_status(
    ledger: CaseLedger, models: ReadModels
) -> None:
    referred = a_consented_case(ledger)
    ledger.request_referral(INTAKE_WORKER, referred, a_referral())
    planned = a_case(ledger, agency="shakyo")
    ledger.create_plan(
        SHAKYO,
        planned,
        project="multi_agency",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, planned, SHAKYO, consent_by=SHAKYO),
    )

    statuses = {c.status: c.cases for c in caught_up(models).caseloads.counts()}

    assert statuses == {"referral_pending": 1, "under_plan": 1}


def test_a_completed_referral_is_no_longer_pending(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id = a_consented_case(ledger)
    made = ledger.request_referral(INTAKE_WORKER, case_id, a_referral())
    for status in (ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED):
        ledger.move_referral(
            RECEIVING_WORKER, case_id, made.referral_id, status, date(2026, 6, 1)
        )

    statuses = [c.status for c in caught_up(models).caseloads.counts()]

    assert statuses == ["intake"]


def test_closed_cases_leave_the_caseload_and_reopened_ones_return(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    kept, closed = a_case(ledger), a_case(ledger)
    clock.set(date(2026, 7, 1))
    ledger.close_case(
        INTAKE_WORKER, closed, date(2026, 7, 1), "終結", reason_code="goals_reached"
    )
    ledger.close_case(
        INTAKE_WORKER, kept, date(2026, 7, 1), None, reason_code="goals_reached"
    )
    clock.set(date(2026, 8, 1))
    ledger.reopen_case(INTAKE_WORKER, kept, date(2026, 8, 1), None)

    counts = caught_up(models).caseloads.counts()

    assert [c.cases for c in counts] == [1]


def test_cases_by_status_count_each_case_once_and_the_closed_too(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    a_case(ledger, fields=("elderly_care", "livelihood"))
    closed = a_case(ledger)
    a_case(ledger, agency="shakyo")
    clock.set(date(2026, 7, 1))
    ledger.close_case(
        INTAKE_WORKER, closed, date(2026, 7, 1), None, reason_code="goals_reached"
    )

    mine = caught_up(models).caseloads.status_counts("chuo_houkatsu")

    assert mine == {"intake": 1, "closed": 1}
    assert models.caseloads.status_counts() == {"intake": 2, "closed": 1}


def given_two_plans(ledger: CaseLedger, case_id: UUID) -> tuple[UUID, UUID]:
    """One due on 1 July; one due in December, revised to be due on 15 July."""
    on = date(2026, 6, 1)
    grounds = given_grounds(ledger, case_id, SHAKYO, consent_by=SHAKYO)
    soon, _ = ledger.create_plan(
        SHAKYO, case_id, project="outreach", form=a_plan_form(date(2026, 7, 1)),
        created_on=on, assessment_id=grounds,
    )  # fmt: skip
    later, _ = ledger.create_plan(
        SHAKYO, case_id, project="multi_agency", form=a_plan_form(date(2026, 12, 1)),
        created_on=on, assessment_id=grounds,
    )  # fmt: skip
    revised = a_plan_form(date(2026, 7, 15))
    ledger.revise_plan(
        SHAKYO, case_id, later, form=revised, revised_on=date(2026, 6, 20)
    )
    return soon, later


def test_plans_due_for_review_by_a_date_are_listed_until_they_end(
    ledger: CaseLedger, models: ReadModels, clock: TestClock
) -> None:
    case_id = a_case(ledger, agency="shakyo")
    soon, later = given_two_plans(ledger, case_id)
    due = caught_up(models).caseloads.plans_due(date(2026, 7, 31))
    clock.set(date(2026, 7, 2))
    ledger.end_plan(SHAKYO, case_id, soon, ended_on=date(2026, 7, 2), reason="目標達成")

    still_due = caught_up(models).caseloads.plans_due(date(2026, 7, 31))

    assert [(p.plan_id, p.revision) for p in due] == [(str(soon), 1), (str(later), 2)]
    assert [p.plan_id for p in still_due] == [str(later)]
    assert still_due[0].agency == "shakyo"
