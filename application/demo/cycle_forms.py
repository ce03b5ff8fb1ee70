"""What the demo writes on an assessment sheet, and its review dates.

Drawn from the case's fields and issue codes, so that the sheet agrees with
the intake; every word is marked fictional (架空).
"""

from __future__ import annotations

import random
from datetime import date

from application.cases.forms import FindingForm
from application.demo.model import DemoCase
from domain.catalogue.categories import ISSUE_CATEGORIES

_HOUSEHOLD = (  # the first issue code found decides the household's type
    ("8050", "parent_and_adult_child"),
    ("young_carer", "child_carer"),
    ("single_parent", "single_parent"),
)
_HEALTH = (
    ("dementia", "suspected_dementia"),
    ("hikikomori", "mental_distress"),
)


def first_of_month_after(day: date, months: int) -> date:
    """The first day of the month `months` after `day`'s month."""
    month = day.month + months
    return date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def findings_of(case: DemoCase, rng: random.Random) -> tuple[FindingForm, ...]:
    """A fictional sheet for the case, drawn from its fields and issues."""
    issues = set(case.issues)
    wish = rng.choices(["wants_support", "undecided", "declines"], [7, 2, 1])[0]
    findings = [
        FindingForm("person", (wish,), "（架空）本人の思いを聞き取った"),
        FindingForm("household", (_household(case, issues),)),
        FindingForm("health", _health(case, issues, rng)),
        FindingForm(
            "relationships",
            ("isolated",) if "isolation" in issues else ("has_supporters",),
        ),
        FindingForm("strengths", (rng.choice(["interests", "wish_to_work"]),)),
    ]
    if "livelihood" in case.fields or issues & {"poverty", "debt"}:
        money = rng.choice(["no_income", "arrears", "debt", "public_assistance"])
        findings.append(FindingForm("livelihood", (money,), "（架空）家計の状況"))
    problems = tuple(i for i in case.issues if i in ISSUE_CATEGORIES)
    if problems:
        findings.append(FindingForm("problems", problems, "（架空）課題の整理"))
    return tuple(findings)


def _household(case: DemoCase, issues: set[str]) -> str:
    for issue, kind in _HOUSEHOLD:
        if issue in issues:
            return kind
    if case.household is not None:
        return "several_members_in_need"
    return "elderly_only" if "elderly_care" in case.fields else "lives_alone"


def _health(case: DemoCase, issues: set[str], rng: random.Random) -> tuple[str, ...]:
    found = [kind for issue, kind in _HEALTH if issue in issues]
    if "disability" in case.fields:
        found.append("disability_certificate")
    if "elderly_care" in case.fields:
        found.append("care_certified")
    return tuple(found) or (rng.choice(["in_treatment", "untreated"]),)
