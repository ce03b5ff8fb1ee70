"""Users managed by admins, the access log read by auditors, and its failure."""

from __future__ import annotations

import os
from pathlib import Path
from uuid import UUID, uuid4

from fastapi.testclient import TestClient

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.application.given_access import LedgerWithoutAccessLog
from tests.interfaces.given_api import (
    ADMIN,
    AUDITOR,
    OWNER,
    Api,
    given_case,
    intake,
    problem,
)

NEW_USER = {"name": "相談員B", "agency": "shakyo", "role": "caseworker"}


def test_an_admin_adds_a_user_whose_token_works(api: Api) -> None:
    response = api.post("/v1/users", ADMIN, NEW_USER)

    token = response.json()["token"]
    agencies = api.client.get(
        "/v1/agencies", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 201
    assert agencies.status_code == 200


def test_an_added_user_answers_its_id_and_version_one(api: Api) -> None:
    response = api.post("/v1/users", ADMIN, NEW_USER)

    user = api.ledger.get_user(UUID(response.json()["user_id"]))
    assert (response.json()["version"], response.headers["etag"]) == (1, '"1"')
    assert user.version == 1


def test_only_admins_manage_users(api: Api) -> None:
    response = api.post("/v1/users", "supervisor@fukushi_ka", NEW_USER)

    assert problem(response) == (403, "forbidden")


def test_an_unknown_role_is_422(api: Api) -> None:
    response = api.post("/v1/users", ADMIN, {**NEW_USER, "role": "overlord"})

    assert problem(response) == (422, "invalid_request")


def test_a_deactivated_users_token_stops_working(api: Api) -> None:
    added = api.post("/v1/users", ADMIN, NEW_USER).json()
    headers = {"Authorization": f"Bearer {added['token']}"}

    response = api.post(
        f"/v1/users/{added['user_id']}/deactivate", ADMIN, {"reason": "退職"}
    )

    assert response.status_code == 204
    assert problem(api.client.get("/v1/agencies", headers=headers)) == (
        401,
        "authentication",
    )


def test_deactivating_twice_is_409_and_an_unknown_user_404(api: Api) -> None:
    added = api.post("/v1/users", ADMIN, NEW_USER).json()
    path = f"/v1/users/{added['user_id']}/deactivate"
    api.post(path, ADMIN, {"reason": "退職"})

    again = api.post(path, ADMIN, {"reason": "退職"})
    unknown = api.post(f"/v1/users/{uuid4()}/deactivate", ADMIN, {"reason": "x"})

    assert problem(again) == (409, "user_deactivated")
    assert problem(unknown) == (404, "not_found")


def test_the_registry_needs_a_signed_in_user(api: Api) -> None:
    response = api.client.get("/v1/agencies")

    assert problem(response) == (401, "authentication")


def test_an_auditor_reads_who_read_a_case(api: Api) -> None:
    case_id = given_case(api)
    api.get(f"/v1/cases/{case_id}", OWNER, purpose="assessment")

    response = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id)

    (entry,) = response.json()["entries"]
    assert entry["resource_id"] == case_id
    assert (entry["agency"], entry["purpose"]) == ("chuo_houkatsu", "assessment")


def test_only_auditors_read_the_access_log(api: Api) -> None:
    response = api.get("/v1/audit/access-log", "supervisor@chuo_houkatsu")

    assert problem(response) == (403, "forbidden")


def test_a_since_without_a_time_zone_is_422(api: Api) -> None:
    response = api.get("/v1/audit/access-log", AUDITOR, since="2026-06-01T00:00:00")

    assert problem(response) == (422, "invalid_request")


def test_a_read_is_refused_when_it_cannot_be_logged(tmp_path: Path) -> None:
    settings = Settings(f"sqlite:///{tmp_path}/x.db", os.urandom(32), "test")
    app = create_app(settings)
    with TestClient(app) as client:
        original = app.state.ledger  # background work started with it; closed last
        failing = LedgerWithoutAccessLog(
            settings.ledger_env(), keyring=settings.keyring()
        )
        app.state.ledger = failing
        api = Api(client, failing)
        case_id = api.post("/v1/cases", OWNER, intake()).json()["case_id"]

        response = api.get(f"/v1/cases/{case_id}", OWNER)

    original.close()
    assert problem(response) == (503, "access_log_unavailable")
    assert "大田原" not in response.text
