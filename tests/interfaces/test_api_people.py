"""Erasure over REST: a request, then another admin's answer (二者確認)."""

from __future__ import annotations

from uuid import uuid4

from tests.interfaces.given_api import ADMIN, OWNER, Api, intake, problem

SUPERVISOR = "supervisor@fukushi_ka"
SECOND_ADMIN = "admin@chuo_houkatsu"
REQUEST = {"request_ref": "R8-消去-001", "reason": "本人からの消去請求"}


def given_person(api: Api) -> tuple[str, str]:
    response = api.post("/v1/cases", OWNER, intake())
    assert response.status_code == 201
    return response.json()["case_id"], response.json()["person_id"]


def given_request(api: Api, by: str = SUPERVISOR) -> tuple[str, str, str]:
    case_id, person_id = given_person(api)
    response = api.post(f"/v1/people/{person_id}/erasure-requests", by, REQUEST)
    assert response.status_code == 201, response.text
    return case_id, person_id, response.json()["request_id"]


def test_a_request_answers_201_with_its_id_and_the_persons_version(api: Api) -> None:
    _, person_id = given_person(api)

    response = api.post(f"/v1/people/{person_id}/erasure-requests", SUPERVISOR, REQUEST)

    assert response.status_code == 201
    assert response.json()["version"] == 2
    assert response.headers["etag"] == '"2"'


def test_another_admins_approval_erases_the_person(api: Api) -> None:
    case_id, person_id, request_id = given_request(api)

    response = api.post(
        f"/v1/people/{person_id}/erasure-requests/{request_id}/approve", ADMIN
    )

    case = api.get(f"/v1/cases/{case_id}", OWNER).json()
    assert response.status_code == 204
    assert response.headers["etag"] == '"4"'
    assert case["person"]["name"] == "［消去済み］"
    assert case["person"]["erased"] is True


def test_the_requester_approving_their_own_request_is_403_self_approval(
    api: Api,
) -> None:
    _, person_id, request_id = given_request(api, by=ADMIN)

    response = api.post(
        f"/v1/people/{person_id}/erasure-requests/{request_id}/approve", ADMIN
    )

    assert problem(response) == (403, "self_approval")
    assert "requester" in response.json()["detail"]


def test_a_supervisor_cannot_approve(api: Api) -> None:
    _, person_id, request_id = given_request(api, by=ADMIN)

    response = api.post(
        f"/v1/people/{person_id}/erasure-requests/{request_id}/approve", SUPERVISOR
    )

    assert problem(response) == (403, "forbidden")


def test_a_caseworker_cannot_request(api: Api) -> None:
    _, person_id = given_person(api)

    response = api.post(f"/v1/people/{person_id}/erasure-requests", OWNER, REQUEST)

    assert problem(response) == (403, "forbidden")


def test_a_refused_request_is_listed_with_its_answer(api: Api) -> None:
    _, person_id, request_id = given_request(api)
    api.post(
        f"/v1/people/{person_id}/erasure-requests/{request_id}/refuse",
        ADMIN,
        {"reason": "保存義務のある記録"},
    )

    listed = api.get(f"/v1/people/{person_id}/erasure-requests", SUPERVISOR)

    (request,) = listed.json()
    assert (request["status"], request["request_ref"]) == ("refused", "R8-消去-001")
    assert request["answered_on"] == "2026-06-30"


def test_an_answered_request_is_409(api: Api) -> None:
    _, person_id, request_id = given_request(api)
    path = f"/v1/people/{person_id}/erasure-requests/{request_id}"
    api.post(path + "/refuse", ADMIN, {"reason": "保存義務"})

    response = api.post(path + "/approve", SECOND_ADMIN)

    assert problem(response) == (409, "erasure_request_answered")


def test_an_erased_person_is_409_person_erased(api: Api) -> None:
    _, person_id, request_id = given_request(api)
    api.post(f"/v1/people/{person_id}/erasure-requests/{request_id}/approve", ADMIN)

    response = api.post(f"/v1/people/{person_id}/erasure-requests", SUPERVISOR, REQUEST)

    assert problem(response) == (409, "person_erased")


def test_a_request_without_its_reference_is_422(api: Api) -> None:
    _, person_id = given_person(api)

    response = api.post(
        f"/v1/people/{person_id}/erasure-requests", SUPERVISOR, {"reason": "請求"}
    )

    assert problem(response) == (422, "invalid_request")


def test_an_unknown_person_is_404(api: Api) -> None:
    response = api.post(f"/v1/people/{uuid4()}/erasure-requests", SUPERVISOR, REQUEST)

    assert problem(response) == (404, "not_found")


def test_an_unknown_request_is_404(api: Api) -> None:
    _, person_id, _ = given_request(api)

    response = api.post(
        f"/v1/people/{person_id}/erasure-requests/{uuid4()}/approve", ADMIN
    )

    assert problem(response) == (404, "erasure_request_not_found")
