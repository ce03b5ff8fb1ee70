"""Builders for projection tests: real commands, then a catch-up."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from eventsourcing.persistence import Tracking

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm, IntakeForm, PlanForm
from projections.indicator_report import IndicatorReport
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER, a_consent_form, an_intake

SHAKYO = Actor(uuid4(), "shakyo", "caseworker")
CHAIR = Actor(uuid4(), "fukushi_ka", "coordinator")
APP = "CaseLedger"


def tracking(notification_id: int) -> Tracking:
    return Tracking(APP, notification_id)


def caught_up(models: ReadModels) -> ReadModels:
    models.follower().catch_up()
    return models


def a_case(
    ledger: CaseLedger,
    agency: str = "chuo_houkatsu",
    fields: tuple[str, ...] = ("elderly_care",),
    opened_on: date = date(2026, 5, 12),
) -> UUID:
    base = an_intake()
    form = IntakeForm(
        intake_agency=agency,
        fields=fields,
        issues=base.issues,
        projects=base.projects,
        route=base.route,
        opened_on=opened_on,
        person=base.person,
        summary=base.summary,
        confirm_new_person=True,  # every test's person is someone new
    )
    worker = Actor(INTAKE_WORKER.user_id, agency, "caseworker")
    return ledger.open_case(worker, form).case_id


def a_consented_case(ledger: CaseLedger) -> UUID:
    case_id = a_case(ledger)
    ledger.grant_consent(INTAKE_WORKER, case_id, a_consent_form())
    return case_id


def an_activity(
    kind: str, project: str = "comprehensive_consultation", on: date = date(2026, 6, 1)
) -> ActivityForm:
    agency = "shakyo" if project != "comprehensive_consultation" else "chuo_houkatsu"
    return ActivityForm(kind, project, agency, on, note="訪問。体調に変化なし。")


def a_plan_form(review_on: date = date(2026, 9, 30)) -> PlanForm:
    return PlanForm(
        goals=("外出の機会を増やす",),
        roles=(("shakyo", "全体の調整"),),
        direction="関係機関で見守る",
        review_on=review_on,
    )


ADMIN = Actor(uuid4(), "fukushi_ka", "admin")
OFFICER = Actor(uuid4(), "shogai_kikan", "caseworker")


def report(models: ReadModels, fiscal_year: int = 2026) -> IndicatorReport:
    return caught_up(models).indicator_report(fiscal_year)


def actual(models: ReadModels, indicator_id: str, fiscal_year: int = 2026) -> float:
    return report(models, fiscal_year).line(indicator_id).actual
