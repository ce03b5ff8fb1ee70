"""Support plans, their revisions, and activities, through the client."""

from __future__ import annotations

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    given_case,
    given_consented_case,
    given_referral,
    plan,
    plan_for,
    problem,
)

VISIT = {"kind": "home_visit", "project": "outreach", "occurred_on": "2026-06-02"}


def given_plan(api: Api) -> tuple[str, str]:
    """A plan made by 社協, which works on the case by an accepted referral."""
    case_id, _ = given_referral(api, accepted=True)
    made = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, plan_for(api, case_id))
    return case_id, made.json()["plan_id"]


def test_a_plan_is_made_as_revision_one(api: Api) -> None:
    case_id, _ = given_referral(api, accepted=True)
    body = plan_for(api, case_id)

    response = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, body)

    assert response.status_code == 201
    assert response.json()["revision"] == 1
    assert response.headers["etag"] == f'"{response.json()["version"]}"'


def test_an_agency_that_does_not_run_the_project_makes_no_plan(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(f"/v1/cases/{case_id}/plans", OWNER, plan())

    assert problem(response) == (403, "not_running_project")


def test_a_plan_under_a_project_without_plans_is_422(api: Api) -> None:
    case_id = given_case(api)
    body = {**plan(), "project": "comprehensive_consultation"}

    response = api.post(f"/v1/cases/{case_id}/plans", OWNER, body)

    assert problem(response) == (422, "plan_project")


def test_a_plan_without_goals_is_422(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(f"/v1/cases/{case_id}/plans", OWNER, {**plan(), "goals": []})

    assert problem(response) == (422, "invalid_request")


def test_a_revision_is_numbered_next(api: Api) -> None:
    case_id, plan_id = given_plan(api)
    path = f"/v1/cases/{case_id}/plans/{plan_id}/revisions"

    response = api.post(path, OWNER, {**plan(), "expected_revision": 1})

    assert response.status_code == 201
    assert response.json()["revision"] == 2
    assert response.json()["plan_id"] == plan_id
    assert response.headers["etag"] == f'"{response.json()["version"]}"'


def test_a_revision_of_a_stale_revision_is_409(api: Api) -> None:
    case_id, plan_id = given_plan(api)
    path = f"/v1/cases/{case_id}/plans/{plan_id}/revisions"
    api.post(path, OWNER, plan())

    response = api.post(path, OWNER, {**plan(), "expected_revision": 1})

    assert problem(response) == (409, "stale_revision")


def test_an_ended_plan_takes_no_revision(api: Api) -> None:
    case_id, plan_id = given_plan(api)
    base = f"/v1/cases/{case_id}/plans/{plan_id}"
    ended = api.post(f"{base}/end", OWNER, {"ended_on": "2026-06-30", "reason": "達成"})

    response = api.post(f"{base}/revisions", OWNER, plan())

    assert ended.status_code == 204
    assert problem(response) == (409, "plan_ended")


def test_an_agency_with_an_accepted_referral_makes_plans(api: Api) -> None:
    case_id, _ = given_referral(api, accepted=True)
    body = plan_for(api, case_id)

    response = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, body)

    assert response.status_code == 201


def test_an_agency_only_consented_cannot_make_plans(api: Api) -> None:
    case_id, _ = given_referral(api)

    response = api.post(f"/v1/cases/{case_id}/plans", RECEIVER, plan())

    assert problem(response) == (403, "not_your_agency")


def test_an_activity_is_recorded_for_the_callers_agency(api: Api) -> None:
    case_id, _ = given_referral(api, accepted=True)

    response = api.post(f"/v1/cases/{case_id}/activities", RECEIVER, VISIT)

    activities = api.get(f"/v1/cases/{case_id}", OWNER).json()["activities"]
    assert response.status_code == 201
    assert [a["agency"] for a in activities] == ["shakyo"]


def test_an_activity_of_a_kind_under_another_project_is_422(api: Api) -> None:
    case_id = given_case(api)
    body = {**VISIT, "kind": "coordination"}

    response = api.post(f"/v1/cases/{case_id}/activities", OWNER, body)

    assert problem(response) == (422, "activity_project")


def test_a_stranger_cannot_record_activities(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(f"/v1/cases/{case_id}/activities", STRANGER, VISIT)

    assert problem(response) == (404, "not_found")  # no tie: as if unknown


def test_an_agency_named_in_a_consent_but_not_referred_cannot_record_activities(
    api: Api,
) -> None:
    case_id, _ = given_consented_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/activities", "caseworker@fukushi_ka", VISIT
    )

    assert problem(response) == (403, "not_your_agency")
