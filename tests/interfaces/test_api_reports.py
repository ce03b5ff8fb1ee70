"""GET /v1/reports/…: formats, explain, deferred targets, roles, 4xx problems."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from interfaces.labels import agency_ja
from tests.interfaces.given_api import OWNER, Api, intake, problem
from tests.interfaces.given_reports import PCM, REPORTER, SUPERVISOR, written
from tests.interfaces.given_sheets import header_row

__all__ = ["written"]  # the fixture, shared with the audit trail tests


def test_the_json_report_has_29_indicators_counted_up_to_the_writes(
    api: Api, written: tuple[str, str]
) -> None:
    response = api.get(
        "/v1/reports/indicators", REPORTER, fiscal_year="2026", min_position=written[1]
    )

    body = response.json()
    assert response.status_code == 200
    assert len(body["indicators"]) == 29
    assert body["position"] >= int(written[1])
    assert int(response.headers["X-Projection-Position"]) >= int(written[1])
    first = body["indicators"][0]
    assert (first["indicator_id"], first["actual"], first["target"]) == (PCM, 2, 8000)
    assert first["label_ja"] == "❶ 介護予防ケアマネジメント業務"
    assert (first["project_ja"], first["field_ja"], first["unit_ja"]) == (
        "包括的相談支援事業",
        "介護（高齢者）",
        "件",
    )
    assert first["monthly"][2] == 2


def test_a_deferred_target_is_not_yet_set_with_its_plan_never_zero(api: Api) -> None:
    body = api.get("/v1/reports/indicators", REPORTER, fiscal_year="2027").json()

    first = body["indicators"][0]
    assert first["target"] is None
    assert first["target_label"].startswith("未設定")
    assert "第10期" in first["deferred_to"]


def test_the_csv_is_utf8_with_a_bom_for_excel(
    api: Api, written: tuple[str, str]
) -> None:
    response = api.get(
        "/v1/reports/indicators",
        REPORTER,
        fiscal_year="2026",
        format="csv",
        min_position=written[1],
    )

    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 30
    assert lines[0].startswith("番号,指標ID,事業,分野,指標")
    assert "❶ 介護予防ケアマネジメント業務" in lines[1]


def test_the_xlsx_opens_with_29_indicator_rows(api: Api) -> None:
    response = api.get(
        "/v1/reports/indicators", REPORTER, fiscal_year="2026", format="xlsx"
    )

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    top = header_row(sheet)  # under the title lines
    assert sheet.max_row == top + 29
    assert sheet.cell(top + 1, 5).value == "❶ 介護予防ケアマネジメント業務"
    assert sheet.cell(top + 29, 2).value == "multi_agency_training_sessions"


def test_explain_lists_the_events_behind_a_figure(
    api: Api, written: tuple[str, str]
) -> None:
    response = api.get(
        "/v1/reports/indicators",
        REPORTER,
        fiscal_year="2026",
        explain=PCM,
        min_position=written[1],
    )

    events = response.json()["events"]
    assert len(events) == 2
    assert {e["originator_id"] for e in events} == {written[0]}
    assert all(e["notification_id"] > 0 and e["originator_version"] > 1 for e in events)


@pytest.mark.parametrize(
    ("params", "status", "type_"),
    [
        ({"fiscal_year": "abc"}, 422, "invalid_request"),
        ({}, 422, "invalid_request"),
        ({"fiscal_year": "1999"}, 422, "invalid_request"),
        ({"fiscal_year": "2026", "format": "pdf"}, 422, "invalid_request"),
        (
            {"fiscal_year": "2026", "explain": "no_such_indicator"},
            404,
            "unknown_indicator",
        ),
    ],
)
def test_bad_query_parameters_are_problems_not_server_errors(
    api: Api, params: dict[str, str], status: int, type_: str
) -> None:
    response = api.get("/v1/reports/indicators", REPORTER, **params)

    assert problem(response) == (status, type_)


def test_only_reporters_read_the_indicator_report(api: Api) -> None:
    as_caseworker = api.get("/v1/reports/indicators", OWNER, fiscal_year="2026")
    anonymous = api.client.get("/v1/reports/indicators", params={"fiscal_year": "2026"})

    assert as_caseworker.status_code == 403
    assert anonymous.status_code == 401


def test_a_supervisor_reads_the_caseloads_of_their_own_agency_only(
    api: Api, written: tuple[str, str]
) -> None:
    own = api.get("/v1/reports/caseloads", SUPERVISOR, min_position=written[1])
    other = api.get("/v1/reports/caseloads", SUPERVISOR, agency="shakyo")
    everything = api.get("/v1/reports/caseloads", REPORTER, format="csv")

    assert own.status_code == 200
    assert {c["agency"] for c in own.json()["caseloads"]} == {"chuo_houkatsu"}
    assert own.json()["open_cases_by_agency"]["chuo_houkatsu"] >= 1
    assert problem(other) == (403, "forbidden")
    assert everything.content.startswith(b"\xef\xbb\xbf")


def test_the_caseloads_xlsx_opens_with_a_sheet_for_each_part(
    api: Api, written: tuple[str, str]
) -> None:
    response = api.get(
        "/v1/reports/caseloads", REPORTER, format="xlsx", min_position=written[1]
    )

    book = load_workbook(io.BytesIO(response.content))
    loads = book["担当ケース数"]
    assert response.status_code == 200
    assert book.sheetnames == ["担当ケース数", "機関別", "見直し予定"]
    assert "".join(str(cell.value) for cell in loads[1]) == (
        "機関コード機関名担当者ID担当者名分野コード分野状況件数"
    )
    assert loads.cell(2, 2).value == agency_ja(str(loads.cell(2, 1).value))
    assert isinstance(loads.cell(2, 8).value, int)
    assert loads.cell(2, 8).number_format == "#,##0"


def test_caseloads_name_the_agency_the_field_and_the_worker(api: Api) -> None:
    opened = api.post("/v1/cases", "caseworker@chuo_houkatsu", intake())
    assert opened.status_code == 201
    head = str(api.ledger.recorder.max_notification_id())

    rows = api.get("/v1/reports/caseloads", REPORTER, min_position=head).json()[
        "caseloads"
    ]

    named = [r for r in rows if r["worker_name"] == "caseworker@chuo_houkatsu"]
    assert [(r["agency_ja"], r["field_ja"]) for r in named] == [
        ("中央地域包括支援センター", "介護（高齢者）")
    ]
