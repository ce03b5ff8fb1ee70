"""GET /v1/cases/{id}/forms/{kind} and the meeting's minutes: a render is a read."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.interfaces.given_api import (
    AUDITOR,
    COORDINATOR,
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    given_case,
    given_consented_case,
    problem,
)
from tests.interfaces.test_api_meetings import disclosure, given_meeting

SHARER = "caseworker@fukushi_ka"  # named in the consent
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_the_owner_gets_the_intake_form_as_a_pdf_attachment(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    response = api.get(f"/v1/cases/{case_id}/forms/intake_consent", OWNER)

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    short = case_id.split("-")[0]
    assert response.headers["content-disposition"] == (
        f'attachment; filename="intake_consent-{short}.pdf"'
    )
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "大田原 花子" in text


def test_the_form_comes_as_xlsx_when_asked(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    response = api.get(f"/v1/cases/{case_id}/forms/assessment", OWNER, format="xlsx")

    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    assert response.headers["content-disposition"].endswith('.xlsx"')


def test_a_render_is_logged_like_a_read(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    api.get(f"/v1/cases/{case_id}/forms/intake_consent", RECEIVER)

    log = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id).json()
    assert [(e["action"], e["outcome"]) for e in log["entries"]] == [
        ("form_intake_consent_shared", "allowed")
    ]


def test_a_caller_without_a_basis_is_refused_and_logged(api: Api) -> None:
    case_id, consent_id = given_consented_case(api)
    withdraw = f"/v1/cases/{case_id}/consents/{consent_id}/withdraw"
    assert api.post(withdraw, OWNER, {"withdrawn_on": "2026-06-30"}).status_code == 204

    response = api.get(f"/v1/cases/{case_id}/forms/intake_no_consent", SHARER)

    assert problem(response) == (403, "consent_required")  # named, no basis now
    log = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id).json()
    assert log["entries"][-1]["action"] == "form_intake_no_consent"


def test_a_stranger_to_the_case_gets_the_404_of_an_unknown_case_logged(
    api: Api,
) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}/forms/intake_no_consent", STRANGER)

    assert problem(response) == (404, "not_found")
    log = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id).json()
    assert log["entries"][-1]["reason"] == "not_found"


def test_an_unknown_kind_is_a_problem(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}/forms/leaflet", OWNER)

    assert problem(response) == (422, "invalid_request")


def test_the_minutes_are_not_a_case_form(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}/forms/minutes", OWNER)

    assert problem(response) == (422, "invalid_request")


def test_an_as_of_without_its_offset_is_a_problem(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(
        f"/v1/cases/{case_id}/forms/intake_consent", OWNER, as_of="2026-06-01T09:00"
    )

    assert problem(response) == (422, "invalid_request")


def test_an_as_of_before_reiwa_is_a_problem(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(
        f"/v1/cases/{case_id}/forms/intake_consent",
        OWNER,
        as_of="2019-04-30T09:00:00+09:00",
    )

    assert problem(response) == (422, "invalid_as_of")


def test_an_as_of_before_the_case_was_opened_is_not_found(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(
        f"/v1/cases/{case_id}/forms/intake_consent",
        OWNER,
        as_of="2020-01-01T09:00:00+09:00",
    )

    assert problem(response) == (404, "not_found")


def test_a_case_without_a_plan_has_no_plan_form(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}/forms/plan", OWNER)

    assert problem(response) == (404, "no_plan")


def test_a_bad_format_is_a_problem(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(
        f"/v1/cases/{case_id}/forms/intake_consent", OWNER, format="docx"
    )

    assert problem(response) == (422, "invalid_request")


def test_the_minutes_as_json_name_attendees_and_disclosures(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)
    for agency, name in (("shakyo", "社協 二郎"), ("chuo_houkatsu", "中央 一子")):
        body = {"agency": agency, "member_name": name}
        api.post(f"/v1/meetings/{meeting_id}/acknowledgements", COORDINATOR, body)
    api.post(
        f"/v1/meetings/{meeting_id}/acknowledgements",
        COORDINATOR,
        {"agency": "fukushi_ka", "member_name": "福祉 三子"},
    )
    api.post(f"/v1/meetings/{meeting_id}/disclosures", COORDINATOR, disclosure(case_id))

    response = api.get(f"/v1/meetings/{meeting_id}/minutes", AUDITOR)

    body = response.json()
    assert response.status_code == 200
    names = {
        a["agency"]: [k["member_name"] for k in a["acknowledgements"]]
        for a in body["attendees"]
    }
    assert names["shakyo"] == ["社協 二郎"]
    assert body["disclosures"][0]["basis"]["kind"] == "support_meeting"
    assert body["disclosures"][0]["recipients"] == ["shakyo"]
    assert body["disclosures"][0]["summary"] == "通院歴を共有"


def test_the_minutes_form_is_a_members_read(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)

    member = api.get(f"/v1/meetings/{meeting_id}/forms/minutes", COORDINATOR)
    stranger = api.get(
        f"/v1/meetings/{meeting_id}/forms/minutes", "coordinator@kodomo_katei"
    )

    assert member.status_code == 200
    assert member.headers["content-type"] == "application/pdf"
    assert problem(stranger) == (403, "not_your_agency")
