"""Builders for plan and activity tests: forms and plans in a known state."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm, OpenedCase, PlanForm
from tests.application.given import RECEIVING_WORKER, given_referred_case

MEETING = UUID(int=42)


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


def given_case_with_plan(ledger: CaseLedger) -> tuple[OpenedCase, UUID]:
    """A case referred to 社協, which made a plan under 多機関協働 on 2026-06-01."""
    opened = given_referred_case(ledger)
    plan_id, version = ledger.create_plan(
        RECEIVING_WORKER,
        opened.case_id,
        project="multi_agency",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
    )
    return OpenedCase(opened.case_id, opened.person_id, version), plan_id
