"""POST /v1/cases, GET /v1/cases/{id}, close and reopen, through the client."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    given_case,
    given_consented_case,
    intake,
    problem,
)


def test_intake_answers_the_ids_and_version_one(api: Api) -> None:
    response = api.post("/v1/cases", OWNER, intake())

    assert response.status_code == 201
    assert set(response.json()) == {"case_id", "person_id", "version"}
    assert response.json()["version"] == 1
    assert response.headers["etag"] == '"1"'


def test_intake_without_a_token_is_401_with_the_scheme(api: Api) -> None:
    response = api.client.post("/v1/cases", json=intake())

    assert problem(response) == (401, "authentication")
    assert response.headers["www-authenticate"] == "Bearer"


def test_intake_with_an_unknown_token_is_401(api: Api) -> None:
    headers = {"Authorization": "Bearer not-a-token"}

    response = api.client.post("/v1/cases", json=intake(), headers=headers)

    assert problem(response) == (401, "authentication")


def test_intake_for_another_agency_is_refused(api: Api) -> None:
    response = api.post("/v1/cases", OWNER, intake(agency="shakyo"))

    assert problem(response) == (403, "not_your_agency")


@pytest.mark.parametrize("role", ["supervisor", "auditor", "reporter", "admin"])
def test_intake_by_a_role_other_than_caseworker_is_forbidden(
    api: Api, role: str
) -> None:
    response = api.post("/v1/cases", f"{role}@chuo_houkatsu", intake())

    assert problem(response) == (403, "forbidden")


@pytest.mark.parametrize(
    "changes",
    [
        {"opened_on": "2026-13-01"},
        {"fields": ["astrology"]},
        {"fields": []},
        {"route": "pigeon"},
        {"issues": ["Not A Slug"]},
        {"summary": "\ud800"},
        {"summary": "   "},
        {"household_id": "not-a-uuid"},
        {"person": {"name": ""}},
    ],
)
def test_an_invalid_intake_is_422_not_a_crash(
    api: Api, changes: dict[str, Any]
) -> None:
    response = api.post("/v1/cases", OWNER, intake(**changes))

    assert problem(response) == (422, "invalid_request")


def test_the_owning_agency_reads_the_whole_case_with_its_etag(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}", OWNER)

    body = response.json()
    assert response.status_code == 200
    assert response.headers["etag"] == '"1"'
    assert body["view"] == "full"
    assert body["person"]["name"] == "大田原 花子"
    assert body["summary"].startswith("長男")


def test_a_consented_agency_reads_a_shared_view(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    response = api.get(f"/v1/cases/{case_id}", RECEIVER)

    body = response.json()
    assert body["view"] == "shared"
    assert body["person"]["name"] == "大田原 花子"
    assert body["summary"] is None


def test_an_agency_with_no_tie_gets_the_404_of_an_unknown_case(api: Api) -> None:
    case_id, _ = given_consented_case(api)
    unknown = api.get(f"/v1/cases/{uuid4()}", STRANGER).json()

    response = api.get(f"/v1/cases/{case_id}", STRANGER)

    assert problem(response) == (404, "not_found")
    assert response.json() | {"detail": ""} == unknown | {"detail": ""}
    assert response.json()["detail"] == f"Case {case_id} not found"


def test_an_agency_whose_consent_was_withdrawn_gets_403_consent_required(
    api: Api,
) -> None:
    case_id, consent_id = given_consented_case(api)
    path = f"/v1/cases/{case_id}/consents/{consent_id}/withdraw"
    assert api.post(path, OWNER, {"withdrawn_on": "2026-06-30"}).status_code == 204

    response = api.get(f"/v1/cases/{case_id}", "caseworker@fukushi_ka")

    assert problem(response) == (403, "consent_required")


@pytest.mark.parametrize("role", ["auditor", "reporter", "admin"])
def test_roles_without_case_work_cannot_read_a_case(api: Api, role: str) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}", f"{role}@chuo_houkatsu")

    assert problem(response) == (403, "forbidden")


def test_a_purpose_that_is_not_a_code_is_422(api: Api) -> None:
    case_id = given_case(api)

    response = api.get(f"/v1/cases/{case_id}", OWNER, purpose="just looking!")

    assert problem(response) == (422, "invalid_request")


def test_an_unknown_case_is_404(api: Api) -> None:
    response = api.get(f"/v1/cases/{uuid4()}", OWNER)

    assert problem(response) == (404, "not_found")


def test_a_malformed_case_id_is_422(api: Api) -> None:
    response = api.get("/v1/cases/nope", OWNER)

    assert problem(response) == (422, "invalid_request")
