"""Refusals of plan and activity commands by the ledger, on both stores."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm
from application.errors import NotFoundError, StaleVersionError
from domain.errors import PlanProjectError, UnknownAgencyError
from tests.application.given import RECEIVING_WORKER, given_opened_case, unknown_id
from tests.application.given_plans import MEETING, a_plan_form, given_case_with_plan


def test_a_plan_giving_a_role_to_an_unknown_agency_is_refused(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    form = a_plan_form(roles=(("nowhere", "見守り"),))

    with pytest.raises(UnknownAgencyError):
        ledger.create_plan(
            RECEIVING_WORKER,
            opened.case_id,
            project="outreach",
            form=form,
            created_on=date(2026, 6, 1),
            assessment_id=uuid4(),  # refused before the assessment is looked up
        )

    assert ledger.get_case(opened.case_id).plans == {}


def test_an_activity_of_an_unknown_agency_is_refused(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    form = ActivityForm("phone", "outreach", "nowhere", date(2026, 6, 3))

    with pytest.raises(UnknownAgencyError):
        ledger.record_activity(RECEIVING_WORKER, opened.case_id, form)

    assert ledger.get_case(opened.case_id).activities == {}


def test_a_plan_command_on_a_stale_case_version_is_refused(ledger: CaseLedger) -> None:
    opened, plan_id = given_case_with_plan(ledger)

    with pytest.raises(StaleVersionError):
        ledger.approve_plan(
            RECEIVING_WORKER,
            opened.case_id,
            plan_id,
            revision=1,
            meeting_id=MEETING,
            approved_on=date(2026, 6, 10),
            expected=opened.version - 1,
        )


def test_a_plan_on_an_unknown_case_is_not_found(ledger: CaseLedger) -> None:
    form = a_plan_form()

    with pytest.raises(NotFoundError):
        ledger.create_plan(
            RECEIVING_WORKER,
            unknown_id(),
            project="outreach",
            form=form,
            created_on=date(2026, 6, 1),
            assessment_id=uuid4(),  # refused before the assessment is looked up
        )


def test_a_plan_under_another_project_is_refused_by_the_ledger(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)

    with pytest.raises(PlanProjectError):
        ledger.create_plan(
            RECEIVING_WORKER,
            opened.case_id,
            project="comprehensive_consultation",
            form=a_plan_form(),
            created_on=date(2026, 6, 1),
            assessment_id=uuid4(),  # refused before the assessment is looked up
        )

    assert ledger.get_case(opened.case_id).version == opened.version
