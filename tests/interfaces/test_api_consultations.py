"""`POST /v1/consultations` (no person), `GET /v1/reports/statistics`, the codes."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import OWNER, RECEIVER, Api, intake, problem

REPORTER = "reporter@fukushi_ka"
CALL: dict[str, Any] = {
    "agency": "shakyo",
    "consulted_on": "2026-06-30",
    "route": "phone",
    "fields": ["livelihood"],
    "issues": ["debt"],
    "profile": {"sex": "male", "consulter": "neighbour", "problems": ["isolation"]},
}


def statistics(api: Api) -> dict[tuple[str, str, str], int]:
    head = str(api.ledger.recorder.max_notification_id())
    response = api.get(
        "/v1/reports/statistics", REPORTER, fiscal_year="2026", min_position=head
    )
    assert response.status_code == 200, response.text
    return {
        (c["origin"], c["vocabulary"], c["code"]): c["count"]
        for c in response.json()["counts"]
    }


def test_a_consultation_is_recorded_201_with_its_id(api: Api) -> None:
    response = api.post("/v1/consultations", RECEIVER, CALL)

    assert response.status_code == 201
    assert response.json()["version"] == 1
    assert response.headers["ETag"] == '"1"'


def test_a_consultation_at_another_window_is_refused(api: Api) -> None:
    response = api.post("/v1/consultations", OWNER, CALL)

    assert problem(response) == (403, "not_your_agency")


def test_free_text_is_no_issue_code(api: Api) -> None:
    response = api.post("/v1/consultations", RECEIVER, {**CALL, "issues": ["借金"]})

    assert problem(response)[0] == 422


def test_an_unknown_profile_code_is_422(api: Api) -> None:
    body = {**CALL, "profile": {"sex": "unsaid"}}

    response = api.post("/v1/consultations", RECEIVER, body)

    assert problem(response) == (422, "invalid_profile")


def test_the_statistics_count_consultations_and_intakes_by_code(api: Api) -> None:
    before = statistics(api)
    api.post("/v1/consultations", RECEIVER, CALL)
    profile = {"sex": "female", "household_type": "single", "problems": ["care"]}
    api.post("/v1/cases", OWNER, {**intake(), "profile": profile})

    after = statistics(api)

    for key in (
        ("consultation", "consulter", "neighbour"),
        ("consultation", "problems", "isolation"),
        ("intake", "household_type", "single"),
        ("intake", "problems", "care"),
        ("intake", "age_band", "age_75_over"),
    ):
        assert after[key] == before.get(key, 0) + 1, key


def test_the_codes_are_listed_with_japanese_labels(api: Api) -> None:
    response = api.get("/v1/statistics-codes", OWNER)

    assert response.status_code == 200
    assert {"code": "self", "label_ja": "本人"} in response.json()["consulter"]
    assert set(response.json()) == {
        "age_band",
        "sex",
        "household_type",
        "consulter",
        "problems",
    }


def test_a_consultation_is_withdrawn_by_its_window_only(api: Api) -> None:
    consultation_id = api.post("/v1/consultations", RECEIVER, CALL).json()[
        "consultation_id"
    ]
    path = f"/v1/consultations/{consultation_id}/withdraw"

    refused = api.post(path, OWNER, {"reason": "誤り"})
    withdrawn = api.post(path, RECEIVER, {"reason": "二重登録"})

    assert problem(refused) == (403, "not_your_agency")
    assert (withdrawn.status_code, withdrawn.headers["ETag"]) == (204, '"2"')
