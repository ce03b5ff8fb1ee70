"""GET /v1/reports/reviews-due: overdue reviews by agency and worker, each format."""

from __future__ import annotations

import io
from datetime import date
from uuid import UUID

from openpyxl import load_workbook

from tests.application.given_plans import given_grounds
from tests.interfaces.given_api import Api, problem
from tests.projections.given import SHAKYO, a_case, a_plan_form

PATH = "/v1/reports/reviews-due"
CHIEF = "supervisor@shakyo"
REPORTER = "reporter@fukushi_ka"


def given_overdue_plan(api: Api) -> tuple[UUID, UUID, int]:
    """社協's plan, to be reviewed on 15 June: overdue on the tests' day (30 June)."""
    ledger = api.ledger
    case_id = a_case(ledger, agency="shakyo")
    plan_id, _ = ledger.create_plan(
        SHAKYO, case_id, project="outreach", form=a_plan_form(date(2026, 6, 15)),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, case_id, SHAKYO, consent_by=SHAKYO),
    )  # fmt: skip
    return case_id, plan_id, ledger.recorder.max_notification_id() or 0


def test_a_supervisor_sees_the_overdue_plans_of_their_agency(api: Api) -> None:
    case_id, plan_id, head = given_overdue_plan(api)

    answer = api.get(PATH, CHIEF, min_position=str(head))

    assert answer.status_code == 200
    body = answer.json()
    assert body["as_of"] == "2026-06-30"
    row = next(r for r in body["reviews_due"] if r["plan_id"] == str(plan_id))
    assert (row["case_id"], row["agency"], row["agency_ja"]) == (
        str(case_id),
        "shakyo",
        "大田原市社会福祉協議会",
    )
    assert (row["review_on"], row["days_overdue"]) == ("2026-06-15", 15)
    assert {r["agency"] for r in body["reviews_due"]} == {"shakyo"}


def test_an_evaluation_takes_the_plan_off_the_list(api: Api) -> None:
    case_id, plan_id, _ = given_overdue_plan(api)
    api.ledger.evaluate_plan(
        SHAKYO, case_id, plan_id, evaluated_on=date(2026, 6, 30), outcome="continue",
        next_review_on=date(2026, 9, 1),
    )  # fmt: skip
    head = api.ledger.recorder.max_notification_id() or 0

    body = api.get(PATH, REPORTER, min_position=str(head)).json()

    assert str(plan_id) not in {r["plan_id"] for r in body["reviews_due"]}


def test_who_may_read_it(api: Api) -> None:
    other_agency = api.get(PATH, "supervisor@chuo_houkatsu", agency="shakyo")
    caseworker = api.get(PATH, "caseworker@shakyo")

    assert problem(other_agency) == (403, "forbidden")
    assert problem(caseworker) == (403, "forbidden")


def test_the_csv_and_the_xlsx_carry_the_same_rows(api: Api) -> None:
    _, plan_id, head = given_overdue_plan(api)

    csv = api.get(PATH, REPORTER, format="csv", min_position=str(head))
    xlsx = api.get(PATH, REPORTER, format="xlsx", min_position=str(head))

    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("ケースID,プランID,事業コード,事業")
    assert any(str(plan_id) in line for line in lines[1:])
    sheet = load_workbook(io.BytesIO(xlsx.content))["見直し期限超過"]
    plan_ids = {row[1] for row in sheet.iter_rows(values_only=True)}
    assert str(plan_id) in plan_ids
