"""Builders for plan and activity tests: forms and plans in a known state."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm, FindingForm, OpenedCase, PlanForm
from tests.application.given import (
    RECEIVING_WORKER,
    a_consent_form,
    given_referred_case,
)

MEETING = UUID(int=42)
ASSESSED_ON = date(2026, 5, 25)
CITY_COORDINATOR = Actor(uuid4(), "fukushi_ka", "coordinator")


def a_plan_form(
    goal: str = "週1回、居場所に通う", roles: tuple[tuple[str, str], ...] | None = None
) -> PlanForm:
    return PlanForm(
        goals=(goal, "家計の見通しを立てる"),
        roles=roles or (("shakyo", "訪問と居場所への同行"), ("fukushi_ka", "家計相談")),
        direction="本人のペースで社会とのつながりを取り戻す",
        review_on=date(2026, 9, 30),
    )


def a_home_visit(note: str | None = "玄関先で10分話せた") -> ActivityForm:
    return ActivityForm(
        kind="home_visit",
        project="outreach",
        agency="shakyo",
        occurred_on=date(2026, 6, 3),
        note=note,
    )


def a_sheet() -> tuple[FindingForm, ...]:
    return (
        FindingForm("person", ("wants_support",), "外に出るきっかけがほしい"),
        FindingForm("health", ("untreated",), "長く受診していない"),
        FindingForm("household", ("parent_and_adult_child",)),
    )


def given_grounds(
    ledger: CaseLedger,
    case_id: UUID,
    assessor: Actor = RECEIVING_WORKER,
    *,
    consent_by: Actor | None = None,
) -> UUID:
    """What a plan rests on: an assessment, and the city's support decision.

    `consent_by` (the case's agency) first records a consent letting the city
    section learn of the case, for a case that has none. Made once per case.
    """
    case = ledger.get_case(case_id)
    if case.assessments:
        return next(iter(case.assessments.values())).assessment_id
    if consent_by is not None:
        form = a_consent_form(agencies=("fukushi_ka",))
        ledger.grant_consent(consent_by, case_id, form)
    assessment_id, _ = ledger.assess(
        assessor, case_id, assessed_on=ASSESSED_ON, findings=a_sheet()
    )
    ledger.decide_support(CITY_COORDINATOR, case_id, decided_on=ASSESSED_ON)
    return assessment_id


def given_case_with_plan(ledger: CaseLedger) -> tuple[OpenedCase, UUID]:
    """A case referred to 社協, which made a plan under 多機関協働 on 2026-06-01."""
    opened = given_referred_case(ledger)
    plan_id, version = ledger.create_plan(
        RECEIVING_WORKER,
        opened.case_id,
        project="multi_agency",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, opened.case_id),
    )
    return OpenedCase(opened.case_id, opened.person_id, version), plan_id
