"""The support cycle through the ledger, on SQLite and PostgreSQL.

Each command is one transaction on the case; what it records comes back
from the store (through the cipher and the person's key) as it was written.
"""

from __future__ import annotations

from datetime import date

import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import BasisForm, GoalForm
from domain.errors import (
    AssessmentRequiredError,
    CategoriesNotCoveredError,
    InvalidWorkerError,
    NotRunningProjectError,
    SupportDecisionRequiredError,
)
from tests.application.given import (
    INTAKE_WORKER,
    RECEIVING_WORKER,
    given_case_with_consent,
    given_referred_case,
)
from tests.application.given_plans import (
    ASSESSED_ON,
    CITY_COORDINATOR,
    a_plan_form,
    a_sheet,
    given_case_with_plan,
)

SUPERVISOR = Actor(INTAKE_WORKER.user_id, "chuo_houkatsu", "supervisor")


def test_an_assessment_comes_back_with_its_words_under_the_persons_key(
    ledger: CaseLedger,
) -> None:
    opened = given_referred_case(ledger)

    assessment_id, _ = ledger.assess(
        RECEIVING_WORKER, opened.case_id, assessed_on=ASSESSED_ON, findings=a_sheet()
    )

    revision = ledger.get_case(opened.case_id).assessment(assessment_id).latest
    assert revision.agency == "shakyo"
    assert [f.area for f in revision.findings] == ["person", "health", "household"]
    person = revision.findings[0]
    assert person.note is not None
    assert person.note.text == "外に出るきっかけがほしい"
    assert person.note.subject_id == opened.person_id


def test_a_plan_without_an_assessment_is_refused_and_nothing_is_saved(
    ledger: CaseLedger,
) -> None:
    opened = given_referred_case(ledger)

    with pytest.raises(AssessmentRequiredError):
        ledger.create_plan(
            RECEIVING_WORKER,
            opened.case_id,
            project="outreach",
            form=a_plan_form(),
            created_on=date(2026, 6, 1),
            assessment_id=opened.case_id,  # not an assessment of the case
        )

    assert ledger.get_case(opened.case_id).version == opened.version


def test_a_multi_agency_plan_waits_for_the_citys_decision(ledger: CaseLedger) -> None:
    opened = given_referred_case(ledger)
    assessment_id, _ = ledger.assess(
        RECEIVING_WORKER, opened.case_id, assessed_on=ASSESSED_ON, findings=a_sheet()
    )

    with pytest.raises(SupportDecisionRequiredError):
        ledger.create_plan(
            RECEIVING_WORKER,
            opened.case_id,
            project="multi_agency",
            form=a_plan_form(),
            created_on=date(2026, 6, 1),
            assessment_id=assessment_id,
        )
    ledger.decide_support(CITY_COORDINATOR, opened.case_id, decided_on=ASSESSED_ON)
    plan_id, _ = ledger.create_plan(
        RECEIVING_WORKER,
        opened.case_id,
        project="multi_agency",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
        assessment_id=assessment_id,
    )

    case = ledger.get_case(opened.case_id)
    assert case.plan(plan_id).assessment_id == assessment_id
    assert case.support_decision is not None
    assert case.support_decision.agency == "fukushi_ka"


def test_only_the_section_the_registry_names_decides(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    elderly_section = Actor(
        CITY_COORDINATOR.user_id, "koureisha_kofuku_ka", "coordinator"
    )

    with pytest.raises(NotRunningProjectError):
        ledger.decide_support(elderly_section, opened.case_id, decided_on=ASSESSED_ON)


def test_a_plan_is_agreed_monitored_and_evaluated(ledger: CaseLedger) -> None:
    opened, plan_id = given_case_with_plan(ledger)
    case_id = opened.case_id

    ledger.agree_to_plan(
        RECEIVING_WORKER, case_id, plan_id, revision=1, agreed_on=date(2026, 6, 2),
        how="oral",
    )  # fmt: skip
    goals = (GoalForm(1, "improving", "週1回通えた", "週2回を目指す"),)
    monitoring_id, _ = ledger.monitor_plan(
        RECEIVING_WORKER, case_id, plan_id, monitored_on=date(2026, 6, 20), goals=goals
    )
    ledger.evaluate_plan(
        RECEIVING_WORKER, case_id, plan_id, evaluated_on=date(2026, 6, 29),
        outcome="continue", next_review_on=date(2026, 12, 1),
    )  # fmt: skip

    plan = ledger.get_case(case_id).plan(plan_id)
    assert (plan.revision(1).agreed_on, plan.revision(1).agreed_how) == (
        date(2026, 6, 2),
        "oral",
    )
    (monitoring,) = plan.monitorings
    assert monitoring.monitoring_id == monitoring_id
    next_steps = monitoring.goals[0].next_steps
    assert next_steps is not None
    assert next_steps.text == "週2回を目指す"
    assert plan.review_on == date(2026, 12, 1)


def test_a_case_closed_for_a_reason_keeps_it(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)

    ledger.close_case(
        INTAKE_WORKER, opened.case_id, date(2026, 6, 30), None, reason_code="moved_away"
    )

    assert ledger.get_case(opened.case_id).closure_reason == "moved_away"


def test_a_transfer_on_a_statute_hands_the_case_over(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    statute = BasisForm("statute", statute="appi_operator_life_or_body", reason="急迫")

    basis, _ = ledger.transfer_case(
        SUPERVISOR, opened.case_id, to_agency="shakyo",
        transferred_on=date(2026, 6, 30), basis=statute,
    )  # fmt: skip

    case = ledger.get_case(opened.case_id)
    assert basis.statute == "appi_operator_life_or_body"
    assert (case.owner, case.worker) == ("shakyo", "")


def test_a_consent_short_of_the_case_transfers_nothing(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)  # basic, health, finance

    with pytest.raises(CategoriesNotCoveredError):
        ledger.transfer_case(
            SUPERVISOR, opened.case_id, to_agency="shakyo",
            transferred_on=date(2026, 6, 30),
        )  # fmt: skip


def test_the_holder_names_a_worker_among_its_active_staff(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    mine, _ = ledger.add_user("相談員C", "chuo_houkatsu", "caseworker")
    theirs, _ = ledger.add_user("相談員D", "shakyo", "caseworker")

    with pytest.raises(InvalidWorkerError):
        ledger.assign_worker(
            SUPERVISOR, opened.case_id, worker=theirs, assigned_on=date(2026, 6, 30)
        )
    ledger.assign_worker(
        SUPERVISOR, opened.case_id, worker=mine, assigned_on=date(2026, 6, 30)
    )

    assert ledger.get_case(opened.case_id).worker == str(mine)
