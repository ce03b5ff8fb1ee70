"""GET /v1/cases/{id}/history: auditors and the owning agency's supervisors."""

from __future__ import annotations

from tests.interfaces.given_api import (
    AUDITOR,
    OWNER,
    Api,
    given_consented_case,
    problem,
)

OWN_SUPERVISOR = "supervisor@chuo_houkatsu"
OTHER_SUPERVISOR = "supervisor@shakyo"


def test_an_auditor_gets_every_event_and_the_state_with_personal_data(
    api: Api,
) -> None:
    case_id, _ = given_consented_case(api)

    response = api.get(f"/v1/cases/{case_id}/history", AUDITOR)

    body = response.json()
    assert response.status_code == 200
    assert body["versions_contiguous"] is True
    assert [e["version"] for e in body["events"]] == [1, 2]
    assert [e["type"] for e in body["events"]] == ["Case.Opened", "Case.ConsentGranted"]
    assert body["events"][0]["occurred_at"] == "2026-05-12"
    assert body["events"][0]["data"]["summary"].startswith("長男(52)")
    assert body["state"]["version"] == 2


def test_the_history_as_of_a_moment_stops_there(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    full = api.get(f"/v1/cases/{case_id}/history", AUDITOR).json()
    opened_at = full["events"][0]["recorded_at"]

    response = api.get(f"/v1/cases/{case_id}/history", AUDITOR, as_of=opened_at)

    body = response.json()
    assert [e["version"] for e in body["events"]] == [1]
    assert body["state"]["consents"] == {}


def test_a_supervisor_of_the_owning_agency_sees_no_personal_text(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    response = api.get(f"/v1/cases/{case_id}/history", OWN_SUPERVISOR)

    body = response.json()
    assert response.status_code == 200
    assert body["personal_data_shown"] is False
    assert body["events"][0]["data"]["summary"] == "［非表示］"


def test_others_are_refused(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    other = api.get(f"/v1/cases/{case_id}/history", OTHER_SUPERVISOR)
    worker = api.get(f"/v1/cases/{case_id}/history", OWNER)

    assert problem(other)[0] == 403
    assert problem(worker) == (403, "forbidden")


def test_a_read_of_the_history_is_in_the_access_log(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    api.get(f"/v1/cases/{case_id}/history", AUDITOR, purpose="annual_audit")

    log = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id).json()
    assert "read_history" in str(log)
    assert "annual_audit" in str(log)


def test_an_as_of_without_a_time_zone_or_an_unknown_case_is_a_problem(
    api: Api,
) -> None:
    case_id, _ = given_consented_case(api)

    naive = api.get(f"/v1/cases/{case_id}/history", AUDITOR, as_of="2026-05-12T10:00")
    unknown = api.get("/v1/cases/00000000-0000-4000-8000-000000000000/history", AUDITOR)

    assert problem(naive) == (422, "invalid_request")
    assert problem(unknown) == (404, "not_found")
