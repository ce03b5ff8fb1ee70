"""Meetings: convening, acknowledgements, disclosures and their lawful basis."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import (
    AUDITOR,
    COORDINATOR,
    OWNER,
    RECEIVER,
    Api,
    given_case,
    given_consented_case,
    given_referral,
    plan_for,
    problem,
)

MEMBERS = ["fukushi_ka", "shakyo", "chuo_houkatsu"]


def given_meeting(api: Api, kind: str, case_id: str) -> str:
    body = {"kind": kind, "held_on": "2026-06-10", "agencies": MEMBERS}
    response = api.post("/v1/meetings", COORDINATOR, {**body, "case_ids": [case_id]})
    assert response.status_code == 201
    meeting_id: str = response.json()["meeting_id"]
    return meeting_id


def disclosure(case_id: str) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "disclosed_by": "chuo_houkatsu",
        "recipients": ["shakyo"],
        "categories": ["health"],
        "summary": "通院歴を共有",
    }


def test_a_coordinator_convenes_a_meeting(api: Api) -> None:
    case_id = given_case(api)
    body = {"kind": "support_meeting", "held_on": "2026-06-10", "agencies": MEMBERS}

    response = api.post("/v1/meetings", COORDINATOR, {**body, "case_ids": [case_id]})

    assert response.status_code == 201
    assert response.headers["etag"] == '"1"'


def test_a_caseworker_cannot_convene(api: Api) -> None:
    body = {"kind": "support_meeting", "held_on": "2026-06-10", "agencies": MEMBERS}

    response = api.post("/v1/meetings", OWNER, body)

    assert problem(response) == (403, "forbidden")


def test_a_coordinator_of_a_window_cannot_convene(api: Api) -> None:
    body = {"kind": "support_meeting", "held_on": "2026-06-10", "agencies": MEMBERS}

    response = api.post("/v1/meetings", "coordinator@chuo_houkatsu", body)

    assert problem(response) == (403, "not_a_convener")


def test_an_unknown_meeting_kind_is_422(api: Api) -> None:
    body = {"kind": "tea_party", "held_on": "2026-06-10", "agencies": MEMBERS}

    response = api.post("/v1/meetings", COORDINATOR, body)

    assert problem(response) == (422, "invalid_request")


def test_a_support_meeting_discloses_only_after_acknowledgement(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)
    base = f"/v1/meetings/{meeting_id}"

    before = api.post(f"{base}/disclosures", COORDINATOR, disclosure(case_id))
    ack = api.post(
        f"{base}/acknowledgements",
        COORDINATOR,
        {"agency": "shakyo", "member_name": "相談員A"},
        **{"If-Match": '"1"'},
    )
    after = api.post(f"{base}/disclosures", COORDINATOR, disclosure(case_id))

    assert problem(before) == (403, "confidentiality_not_acknowledged")
    assert (ack.status_code, ack.headers["etag"]) == (204, '"2"')
    assert after.status_code == 201
    assert after.json()["basis"] == "social_welfare_act_106_6"


def test_a_coordinated_meeting_discloses_on_consent_only(api: Api) -> None:
    bare_case = given_case(api)
    case_id, consent_id = given_consented_case(api)
    bare = given_meeting(api, "coordinated_support_meeting", bare_case)
    meeting_id = given_meeting(api, "coordinated_support_meeting", case_id)

    refused = api.post(
        f"/v1/meetings/{bare}/disclosures", COORDINATOR, disclosure(bare_case)
    )
    made = api.post(
        f"/v1/meetings/{meeting_id}/disclosures", COORDINATOR, disclosure(case_id)
    )

    assert problem(refused) == (403, "consent_required")
    assert made.json()["basis"]["consent_id"] == consent_id


def test_only_the_convening_agency_runs_the_meeting(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)
    body = {"agency": "shakyo", "member_name": "相談員A"}

    response = api.post(
        f"/v1/meetings/{meeting_id}/acknowledgements", "coordinator@shakyo", body
    )

    assert problem(response) == (403, "not_your_agency")


def test_decisions_and_plan_approvals_are_recorded(api: Api) -> None:
    case_id, _ = given_referral(api, accepted=True)
    made = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, plan_for(api, case_id))
    plan_id = made.json()["plan_id"]
    meeting_id = given_meeting(api, "coordinated_support_meeting", case_id)
    base = f"/v1/meetings/{meeting_id}"

    decision = api.post(
        f"{base}/decisions", COORDINATOR, {"case_id": case_id, "text": "訪問を継続"}
    )
    approval = api.post(
        f"{base}/plan-approvals",
        COORDINATOR,
        {"case_id": case_id, "plan_id": plan_id, "revision": 1},
    )

    assert decision.status_code == 201
    assert approval.status_code == 204
    case = api.get(f"/v1/cases/{case_id}", OWNER).json()
    assert case["plans"][0]["revisions"][0]["meeting_id"] == meeting_id


def test_a_closed_meeting_takes_nothing_more(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)
    base = f"/v1/meetings/{meeting_id}"

    closed = api.post(f"{base}/close", COORDINATOR, {"closed_on": "2026-06-10"})
    late = api.post(
        f"{base}/acknowledgements",
        COORDINATOR,
        {"agency": "shakyo", "member_name": "A"},
    )

    assert closed.status_code == 204
    assert problem(late) == (409, "meeting_closed")


def test_members_and_auditors_read_the_meeting(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)

    member = api.get(f"/v1/meetings/{meeting_id}", COORDINATOR)
    auditor = api.get(f"/v1/meetings/{meeting_id}", AUDITOR)
    outsider = api.get(f"/v1/meetings/{meeting_id}", "coordinator@seibu_houkatsu")

    assert member.json()["case_ids"] == [case_id]
    assert auditor.status_code == 200
    assert problem(outsider) == (403, "not_your_agency")


def test_a_meeting_write_on_a_stale_version_is_412(api: Api) -> None:
    case_id = given_case(api)
    meeting_id = given_meeting(api, "support_meeting", case_id)
    body = {"agency": "shakyo", "member_name": "相談員A"}

    response = api.post(
        f"/v1/meetings/{meeting_id}/acknowledgements",
        COORDINATOR,
        body,
        **{"If-Match": '"5"'},
    )

    assert problem(response) == (412, "stale_version")
