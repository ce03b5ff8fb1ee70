"""Several activities of one case in one transaction: all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import ActivityForm
from domain.errors import DomainError
from tests.application.given import INTAKE_WORKER, given_opened_case


def a_form(kind: str, on: date = date(2026, 6, 1)) -> ActivityForm:
    return ActivityForm(kind, "comprehensive_consultation", "chuo_houkatsu", on, "メモ")


def test_a_months_activities_are_saved_together(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    forms = [a_form("general_consultation"), a_form("home_visit", date(2026, 6, 3))]

    ids, version = ledger.record_activities(INTAKE_WORKER, opened.case_id, forms)

    case = ledger.get_case(opened.case_id)
    assert version == opened.version + 2
    assert [case.activities[str(i)].kind for i in ids] == [
        "general_consultation",
        "home_visit",
    ]
    assert case.activities[str(ids[0])].note is not None


def test_one_refused_activity_refuses_the_whole_batch(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    forms = [
        a_form("general_consultation"),
        a_form("general_consultation", date(2026, 1, 1)),
    ]

    with pytest.raises(DomainError):
        ledger.record_activities(INTAKE_WORKER, opened.case_id, forms)

    assert ledger.get_case(opened.case_id).activities == {}
