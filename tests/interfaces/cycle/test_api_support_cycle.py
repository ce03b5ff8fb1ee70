"""The support cycle over REST: assessment to transfer, as each caller may see it."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import (
    COORDINATOR,
    OWNER,
    RECEIVER,
    Api,
    a_sheet,
    given_consented_case,
    given_referral,
    plan,
    plan_for,
    problem,
)

CLOSE = {"closed_on": "2026-06-30", "reason_code": "moved_away"}
STATUTE = {
    "kind": "statute",
    "code": "appi_operator_life_or_body",
    "reason": "生命の危険があり同意を得られない",
}


def given_plan(api: Api) -> tuple[str, str]:
    case_id, _ = given_referral(api, accepted=True)
    made = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, plan_for(api, case_id))
    assert made.status_code == 201, made.text
    return case_id, made.json()["plan_id"]


def assessed(api: Api, case_id: str, who: str = OWNER) -> dict[str, Any]:
    sheet = a_sheet() | {
        "findings": [
            *a_sheet()["findings"],
            {"area": "problems", "choices": ["8050", "hikikomori"], "note": "整理"},
        ]
    }
    made = api.post(f"/v1/cases/{case_id}/assessments", who, sheet)
    assert made.status_code == 201, made.text
    found: dict[str, Any] = made.json()
    return found


def test_an_assessment_answers_its_id_revision_and_version(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    made = assessed(api, case_id)

    assert made["revision"] == 1
    case = api.get(f"/v1/cases/{case_id}", OWNER).json()
    (assessment,) = case["assessments"]
    areas = [f["area"] for f in assessment["revisions"][0]["findings"]]
    assert areas == ["person", "health", "household", "problems"]


def test_a_sharer_sees_only_the_areas_its_consent_covers(api: Api) -> None:
    case_id, _ = given_consented_case(api)  # fukushi_ka: basic, health, finance
    assessed(api, case_id)

    shared = api.get(f"/v1/cases/{case_id}", COORDINATOR).json()

    findings = shared["assessments"][0]["revisions"][0]["findings"]
    shown = {f["area"]: f for f in findings}
    assert set(shown) == {"person", "problems"}  # health needs care and disability
    assert shown["problems"] == {
        "area": "problems",
        "choices": ["hikikomori"],
        "note": None,
        "about_person_id": None,
    }


def test_an_unknown_area_or_choice_is_422(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    path = f"/v1/cases/{case_id}/assessments"

    unknown_area = api.post(path, OWNER, {"findings": [{"area": "stars"}]})
    unknown_choice = api.post(
        path, OWNER, {"findings": [{"area": "health", "choices": ["flying"]}]}
    )

    assert problem(unknown_area) == (422, "invalid_request")
    assert problem(unknown_choice) == (422, "invalid_assessment")


def test_a_revision_is_numbered_next_and_a_stale_one_is_409(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    made = assessed(api, case_id)
    path = f"/v1/cases/{case_id}/assessments/{made['assessment_id']}/revisions"

    revised = api.post(path, OWNER, a_sheet() | {"expected_revision": 1})
    stale = api.post(path, OWNER, a_sheet() | {"expected_revision": 1})

    assert revised.status_code == 201
    assert revised.json()["revision"] == 2
    assert problem(stale) == (409, "stale_revision")


def test_the_support_decision_is_the_city_sections(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    path = f"/v1/cases/{case_id}/support-decision"

    by_caseworker = api.post(path, OWNER, {})
    by_other_section = api.post(path, "coordinator@koureisha_kofuku_ka", {})
    decided = api.post(path, COORDINATOR, {"decided_on": "2026-06-01"})
    again = api.post(path, COORDINATOR, {})

    assert problem(by_caseworker) == (403, "forbidden")
    assert problem(by_other_section) == (403, "not_running_project")
    assert decided.status_code == 204
    assert problem(again) == (409, "already_decided")
    view = api.get(f"/v1/cases/{case_id}", OWNER).json()
    assert view["support_decision"]["agency"] == "fukushi_ka"


def test_a_plan_needs_an_assessment_and_the_decision(api: Api) -> None:
    case_id, _ = given_referral(api, accepted=True)
    path = f"/v1/cases/{case_id}/plans"

    unassessed = api.post(path, RECEIVER, plan())
    sheet = assessed(api, case_id, RECEIVER)
    undecided = api.post(path, RECEIVER, plan(sheet["assessment_id"]))

    assert problem(unassessed) == (409, "assessment_required")
    assert problem(undecided) == (409, "support_decision_required")


def test_a_plan_is_agreed_monitored_and_evaluated(api: Api) -> None:
    case_id, plan_id = given_plan(api)
    base = f"/v1/cases/{case_id}/plans/{plan_id}"

    agreed = api.post(f"{base}/agreements", RECEIVER, {"revision": 1, "how": "signed"})
    goal = {"goal": 1, "progress": "improving", "changes": "通えた"}
    monitored = api.post(f"{base}/monitorings", RECEIVER, {"goals": [goal]})
    evaluated = api.post(
        f"{base}/evaluations",
        RECEIVER,
        {"outcome": "continue", "next_review_on": "2026-12-01"},
    )

    assert agreed.status_code == 204
    assert monitored.status_code == 201
    assert evaluated.status_code == 204
    view = api.get(f"/v1/cases/{case_id}", OWNER).json()
    followed = view["plans"][0]["follow_up"]
    assert followed["review_on"] == "2026-12-01"
    assert followed["review_due"] is False
    assert followed["monitorings"][0]["goals"][0]["changes"] == "通えた"
    assert view["plans"][0]["revisions"][0]["agreed_how"] == "signed"


def test_an_evaluation_that_does_not_fit_is_422(api: Api) -> None:
    case_id, plan_id = given_plan(api)
    path = f"/v1/cases/{case_id}/plans/{plan_id}/evaluations"

    silent_end = api.post(path, RECEIVER, {"outcome": "end"})
    undated = api.post(path, RECEIVER, {"outcome": "continue"})

    assert problem(silent_end) == (422, "invalid_evaluation")
    assert problem(undated) == (422, "invalid_evaluation")


def test_a_case_closes_only_for_a_coded_reason(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    path = f"/v1/cases/{case_id}/close"

    uncoded = api.post(path, OWNER, {"closed_on": "2026-06-30"})
    unrecorded = api.post(path, OWNER, CLOSE | {"reason_code": "unrecorded"})
    closed = api.post(path, OWNER, CLOSE)

    assert problem(uncoded) == (422, "invalid_request")
    assert problem(unrecorded) == (422, "invalid_closure_reason")
    assert closed.status_code == 204
    view = api.get(f"/v1/cases/{case_id}", OWNER).json()
    assert view["closure_reason"] == "moved_away"


def test_a_transfer_hands_the_case_to_its_new_agency(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    path = f"/v1/cases/{case_id}/transfer"
    body = {"to_agency": "shakyo", "basis": STATUTE}

    by_caseworker = api.post(path, OWNER, body)
    on_a_short_consent = api.post(
        path, "supervisor@chuo_houkatsu", {"to_agency": "shakyo"}
    )
    moved = api.post(path, "supervisor@chuo_houkatsu", body)

    assert problem(by_caseworker) == (403, "forbidden")
    assert problem(on_a_short_consent) == (403, "categories_not_covered")
    assert moved.status_code == 204
    view = api.get(f"/v1/cases/{case_id}", RECEIVER).json()
    assert (view["view"], view["agency"], view["worker"]) == ("full", "shakyo", "")
    assert view["intake_agency"] == "chuo_houkatsu"
    assert api.get(f"/v1/cases/{case_id}", OWNER).status_code in {403, 404}


def test_the_new_holder_names_its_worker(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    moved = api.post(
        f"/v1/cases/{case_id}/transfer",
        "supervisor@chuo_houkatsu",
        {"to_agency": "shakyo", "basis": STATUTE},
    )
    worker, _ = api.ledger.add_user("相談員E", "shakyo", "caseworker")
    path = f"/v1/cases/{case_id}/worker"

    by_old_holder = api.post(path, "supervisor@chuo_houkatsu", {"worker": str(worker)})
    named = api.post(path, "supervisor@shakyo", {"worker": str(worker)})

    assert moved.status_code == 204
    assert problem(by_old_holder) == (403, "not_your_agency")
    assert named.status_code == 204
    assert api.get(f"/v1/cases/{case_id}", RECEIVER).json()["worker"] == str(worker)


def test_the_cycles_codes_are_served_with_their_labels(api: Api) -> None:
    areas = api.get("/v1/assessment-areas", OWNER).json()
    codes = api.get("/v1/support-cycle", OWNER).json()

    assert areas[0]["code"] == "person"
    assert {"code": "goals_reached", "label_ja": "目標の達成・課題の解決"} in codes[
        "closure_reasons"
    ]
    assert "unrecorded" not in {c["code"] for c in codes["closure_reasons"]}
    assert [o["code"] for o in codes["outcomes"]] == ["continue", "revise", "end"]
