"""`GET /v1/persons/{id}` and `POST /v1/persons/{id}/merge` (名寄せ)."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import (
    AUDITOR,
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    consent,
    problem,
)
from tests.interfaces.given_people import a_kana, held_person, new_person, settled

SUPERVISOR = "supervisor@chuo_houkatsu"


def given_person(api: Api) -> dict[str, Any]:
    opened: dict[str, Any] = api.post("/v1/cases", OWNER, new_person(a_kana())).json()
    settled(api)
    return opened


def person_of(api: Api, person_id: str, who: str) -> Any:
    settled(api)
    return api.get(f"/v1/persons/{person_id}", who)


def test_the_owner_reads_the_person_and_every_case_of_theirs(api: Api) -> None:
    first = given_person(api)
    second = api.post("/v1/cases", OWNER, held_person(first["person_id"])).json()

    response = person_of(api, first["person_id"], OWNER)

    assert response.status_code == 200
    body = response.json()
    assert body["person"]["name"] == "大田原 花子"
    assert {c["case_id"] for c in body["cases"]} == {
        first["case_id"],
        second["case_id"],
    }
    assert {c["view"] for c in body["cases"]} == {"full"}


def test_a_sharer_with_basic_sees_the_identity_and_the_shared_case(api: Api) -> None:
    first = given_person(api)
    api.post(f"/v1/cases/{first['case_id']}/consents", OWNER, consent())

    response = person_of(api, first["person_id"], RECEIVER)

    assert response.status_code == 200
    assert response.json()["person"]["name"] == "大田原 花子"
    assert [(c["case_id"], c["view"]) for c in response.json()["cases"]] == [
        (first["case_id"], "shared")
    ]


def test_a_stranger_is_answered_as_for_an_unknown_id_and_the_refusal_logged(
    api: Api,
) -> None:
    first = given_person(api)

    response = person_of(api, first["person_id"], STRANGER)
    unknown = person_of(api, first["case_id"], STRANGER)

    assert problem(response) == problem(unknown) == (404, "not_found")
    log = api.get("/v1/audit/access-log", AUDITOR, case_id=first["person_id"]).json()
    assert [(e["outcome"], e["reason"]) for e in log["entries"]] == [
        ("denied", "not_found")
    ]


def test_a_read_is_logged_before_it_is_answered(api: Api) -> None:
    first = given_person(api)

    person_of(api, first["person_id"], OWNER)

    log = api.get("/v1/audit/access-log", AUDITOR, case_id=first["person_id"]).json()
    assert [(e["resource_type"], e["action"]) for e in log["entries"]] == [
        ("person", "read_full")
    ]


def test_a_supervisor_merges_two_records_and_the_absorbed_id_reads_as_one(
    api: Api,
) -> None:
    kana = a_kana()
    survivor = api.post("/v1/cases", OWNER, new_person(kana)).json()
    absorbed = api.post(
        "/v1/cases", OWNER, new_person(kana, confirm_new_person=True)
    ).json()
    settled(api)

    response = api.post(
        f"/v1/persons/{survivor['person_id']}/merge",
        SUPERVISOR,
        {"absorbed_id": absorbed["person_id"]},
    )

    assert response.status_code == 204
    assert response.headers["ETag"] == '"2"'
    body = person_of(api, absorbed["person_id"], OWNER).json()
    assert body["person_id"] == survivor["person_id"]
    assert body["merged_ids"] == [absorbed["person_id"]]
    assert {c["case_id"] for c in body["cases"]} == {
        survivor["case_id"],
        absorbed["case_id"],
    }


def test_a_caseworker_may_not_merge(api: Api) -> None:
    first, second = given_person(api), given_person(api)

    response = api.post(
        f"/v1/persons/{first['person_id']}/merge",
        OWNER,
        {"absorbed_id": second["person_id"]},
    )

    assert problem(response) == (403, "forbidden")


def test_a_record_of_another_agency_is_not_merged(api: Api) -> None:
    own = given_person(api)
    other = api.post(
        "/v1/cases", STRANGER, new_person(a_kana(), "seibu_houkatsu")
    ).json()
    settled(api)

    response = api.post(
        f"/v1/persons/{own['person_id']}/merge",
        SUPERVISOR,
        {"absorbed_id": other["person_id"]},
    )

    assert problem(response) == (404, "not_found")


def test_a_record_merged_already_is_not_merged_again(api: Api) -> None:
    survivor, absorbed = given_person(api), given_person(api)
    path = f"/v1/persons/{survivor['person_id']}/merge"
    api.post(path, SUPERVISOR, {"absorbed_id": absorbed["person_id"]})
    settled(api)

    response = api.post(path, SUPERVISOR, {"absorbed_id": absorbed["person_id"]})

    assert problem(response) == (409, "person_merged")
