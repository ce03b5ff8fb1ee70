"""Finding cases: `GET /v1/cases`, judged by the access policy, paged, logged."""

from __future__ import annotations

from typing import Any

import pytest

from tests.interfaces.given_api import (
    AUDITOR,
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    consent,
    given_case,
    given_consented_case,
    given_referral,
    intake,
    plan_for,
    problem,
)

SHARER = "caseworker@fukushi_ka"  # named in the consent, with `basic`


def listed(api: Api, who: str, **params: str) -> list[dict[str, Any]]:
    head = str(api.ledger.recorder.max_notification_id())
    response = api.get("/v1/cases", who, min_position=head, limit="200", **params)
    assert response.status_code == 200, response.text
    cases: list[dict[str, Any]] = response.json()["cases"]
    return cases


def ids(cases: list[dict[str, Any]]) -> set[str]:
    return {c["case_id"] for c in cases}


def test_the_owner_lists_its_case_whole(api: Api) -> None:
    case_id = given_case(api)

    cases = listed(api, OWNER)

    (found,) = [c for c in cases if c["case_id"] == case_id]
    assert (found["view"], found["status"], found["fields"]) == (
        "full",
        "intake",
        ["elderly_care"],
    )
    assert found["worker"] is not None


def test_an_agency_named_in_a_consent_lists_the_shared_case_a_stranger_does_not(
    api: Api,
) -> None:
    case_id, _ = given_consented_case(api)

    shared = [c for c in listed(api, SHARER) if c["case_id"] == case_id]
    strangers = listed(api, STRANGER)

    assert [(c["view"], c["worker"]) for c in shared] == [("shared", None)]
    assert case_id not in ids(strangers)


def test_a_withdrawn_consent_takes_the_case_off_the_sharers_list(api: Api) -> None:
    case_id, consent_id = given_consented_case(api)
    path = f"/v1/cases/{case_id}/consents/{consent_id}/withdraw"
    assert api.post(path, OWNER, {"withdrawn_on": "2026-06-30"}).status_code == 204

    cases = listed(api, SHARER)

    assert case_id not in ids(cases)


def test_a_name_is_found_in_kana_by_those_who_may_see_identity(api: Api) -> None:
    case_id = given_case(api)
    no_basic = consent(agencies=("shakyo",)) | {"categories": ["health"]}
    for given in (consent(agencies=("fukushi_ka",)), no_basic):
        assert (
            api.post(f"/v1/cases/{case_id}/consents", OWNER, given).status_code == 201
        )

    by_owner = listed(api, OWNER, q="おおたわら")
    by_sharer = listed(api, SHARER, q="大田原")
    by_sharer_without_basic = listed(api, RECEIVER, q="大田原")

    assert case_id in ids(by_owner) & ids(by_sharer)
    assert case_id not in ids(by_sharer_without_basic)
    assert case_id in ids(listed(api, RECEIVER))


def test_filters_narrow_the_list(api: Api) -> None:
    child = api.post("/v1/cases", OWNER, intake(fields=["child_rearing"])).json()

    found = listed(api, OWNER, field="child_rearing", status="intake")

    assert child["case_id"] in ids(found)
    assert all("child_rearing" in c["fields"] for c in found)
    assert listed(api, OWNER, agency="shakyo") == []


def test_review_due_lists_plans_whose_review_date_has_passed(api: Api) -> None:
    case_id, _ = given_referral(api, accepted=True)
    overdue = plan_for(api, case_id) | {"review_on": "2026-06-20"}
    overdue |= {"created_on": "2026-06-05"}
    made = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, overdue)
    assert made.status_code == 201, made.text

    due = listed(api, OWNER, review_due="true")

    assert case_id in ids(due)
    assert all(c["next_review_on"] < "2026-06-30" for c in due)


def test_the_list_pages_with_an_opaque_cursor(api: Api) -> None:
    for _ in range(3):
        given_case(api)
    head = str(api.ledger.recorder.max_notification_id())
    first = api.get("/v1/cases", OWNER, limit="2", min_position=head).json()

    second = api.get("/v1/cases", OWNER, limit="2", cursor=first["next_cursor"])

    assert len(first["cases"]) == 2
    assert ids(first["cases"]).isdisjoint(ids(second.json()["cases"]))
    assert max(ids(first["cases"])) < min(ids(second.json()["cases"]))


def test_a_cursor_the_service_did_not_give_is_422(api: Api) -> None:
    response = api.get("/v1/cases", OWNER, cursor="bm90LWEtY3Vyc29y")

    assert problem(response) == (422, "invalid_cursor")


@pytest.mark.parametrize("who", [AUDITOR, "reporter@chuo_houkatsu"])
def test_roles_without_case_work_may_not_list_cases(api: Api, who: str) -> None:
    response = api.get("/v1/cases", who)

    assert problem(response) == (403, "forbidden")


def test_each_list_is_in_the_access_log_without_the_name_searched(api: Api) -> None:
    listed(api, SHARER, q="大田原", status="intake")

    log = api.get("/v1/audit/access-log", AUDITOR, limit="500")

    entry = [e for e in log.json()["entries"] if e["resource_type"] == "case_list"][-1]
    assert (entry["agency"], entry["action"], entry["resource_type"]) == (
        "fukushi_ka",
        "list",
        "case_list",
    )
    assert entry["resource_id"] == "status=intake&q=*"
    assert "大田原" not in log.text


def test_a_misspelt_filter_is_refused_not_ignored(api: Api) -> None:
    response = api.get("/v1/cases", OWNER, stauts="closed")

    assert problem(response) == (422, "unknown_query_parameter")
