"""Closing and reopening a case, with versions (ETag / If-Match), through the client."""

from __future__ import annotations

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    Api,
    given_case,
    given_consented_case,
    problem,
)

CLOSE = {"closed_on": "2026-06-01", "reason_code": "goals_reached"}


def test_closing_answers_the_new_version(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/close",
        OWNER,
        CLOSE,
        **{"If-Match": '"1"'},
    )

    assert response.status_code == 204
    assert response.headers["etag"] == '"2"'


def test_closing_with_a_stale_version_is_412(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/close",
        OWNER,
        CLOSE,
        **{"If-Match": '"7"'},
    )

    assert problem(response) == (412, "stale_version")


def test_a_malformed_if_match_is_422(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/close",
        OWNER,
        CLOSE,
        **{"If-Match": "W/x"},
    )

    assert problem(response) == (422, "invalid_request")


def test_closing_a_closed_case_is_409(api: Api) -> None:
    case_id = given_case(api)
    api.post(f"/v1/cases/{case_id}/close", OWNER, CLOSE)

    response = api.post(
        f"/v1/cases/{case_id}/close", OWNER, CLOSE | {"closed_on": "2026-06-02"}
    )

    assert problem(response) == (409, "case_closed")


def test_another_agency_cannot_close_the_case(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    response = api.post(f"/v1/cases/{case_id}/close", RECEIVER, CLOSE)

    assert problem(response) == (403, "not_your_agency")


def test_a_closed_case_is_reopened(api: Api) -> None:
    case_id = given_case(api)
    api.post(f"/v1/cases/{case_id}/close", OWNER, CLOSE)

    response = api.post(
        f"/v1/cases/{case_id}/reopen",
        OWNER,
        {"reopened_on": "2026-06-03", "reason": "再相談"},
    )

    assert response.status_code == 204
    assert response.headers["etag"] == '"3"'


def test_reopening_an_open_case_is_409(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/reopen", OWNER, {"reopened_on": "2026-06-03"}
    )

    assert problem(response) == (409, "case_not_closed")
