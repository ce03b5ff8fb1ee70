"""`POST /v1/cases` about a person held already, or a new one checked first."""

from __future__ import annotations

from tests.interfaces.given_api import OWNER, STRANGER, Api, problem
from tests.interfaces.given_people import a_kana, held_person, new_person, settled


def test_a_duplicate_is_answered_409_with_the_callers_candidate(api: Api) -> None:
    kana = a_kana()
    first = api.post("/v1/cases", OWNER, new_person(kana)).json()
    settled(api)

    response = api.post("/v1/cases", OWNER, new_person(kana))

    assert problem(response) == (409, "possible_duplicate")
    assert response.json()["candidates"] == [
        {"person_id": first["person_id"], "case_ids": [first["case_id"]]}
    ]
    assert response.json()["unseen"] == 0


def test_a_stranger_is_told_a_count_and_no_id(api: Api) -> None:
    kana = a_kana()
    first = api.post("/v1/cases", OWNER, new_person(kana)).json()
    settled(api)

    response = api.post("/v1/cases", STRANGER, new_person(kana, "seibu_houkatsu"))

    assert problem(response) == (409, "possible_duplicate")
    assert (response.json()["candidates"], response.json()["unseen"]) == ([], 1)
    assert first["person_id"] not in response.text


def test_confirming_someone_new_registers_them(api: Api) -> None:
    kana = a_kana()
    first = api.post("/v1/cases", OWNER, new_person(kana)).json()

    response = api.post("/v1/cases", OWNER, new_person(kana, confirm_new_person=True))

    assert response.status_code == 201
    assert response.json()["person_id"] != first["person_id"]


def test_a_held_person_gets_another_case(api: Api) -> None:
    first = api.post("/v1/cases", OWNER, new_person(a_kana())).json()
    settled(api)

    response = api.post("/v1/cases", OWNER, held_person(first["person_id"]))

    assert response.status_code == 201
    assert response.json()["person_id"] == first["person_id"]


def test_a_strangers_person_id_is_404_as_an_unknown_one(api: Api) -> None:
    first = api.post("/v1/cases", OWNER, new_person(a_kana())).json()
    settled(api)
    body = held_person(first["person_id"], "seibu_houkatsu")

    response = api.post("/v1/cases", STRANGER, body)
    unknown = api.post(
        "/v1/cases", STRANGER, held_person(first["case_id"], "seibu_houkatsu")
    )

    assert problem(response) == problem(unknown) == (404, "not_found")
    assert response.json()["title"] == unknown.json()["title"]


def test_neither_a_person_nor_an_id_is_422(api: Api) -> None:
    body = held_person("00000000-0000-4000-8000-000000000000")
    del body["person_id"]

    response = api.post("/v1/cases", OWNER, body)

    assert problem(response) == (422, "invalid_intake")
