"""The agency registry managed by admins over HTTP."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import ADMIN, OWNER, Api, intake, problem

NEW_AGENCY: dict[str, Any] = {
    "code": "nasu_soudan",
    "name_ja": "那須地区相談センター",
    "fields": ["livelihood"],
    "projects": ["comprehensive_consultation"],
    "operation": "consigned",
    "address": "大田原市中央1丁目",
    "registered_on": "2026-05-01",
}


def codes(api: Api) -> set[str]:
    return {a["code"] for a in api.get("/v1/agencies", OWNER).json()}


def test_an_admin_registers_an_agency_that_is_then_listed(api: Api) -> None:
    response = api.post("/v1/registry/agencies", ADMIN, NEW_AGENCY)

    assert response.status_code == 201
    assert "nasu_soudan" in codes(api)


def test_a_code_registered_twice_is_refused(api: Api) -> None:
    api.post("/v1/registry/agencies", ADMIN, NEW_AGENCY)

    response = api.post("/v1/registry/agencies", ADMIN, NEW_AGENCY)

    assert problem(response) == (409, "agency_already_registered")


def test_only_admins_manage_the_registry(api: Api) -> None:
    response = api.post("/v1/registry/agencies", OWNER, NEW_AGENCY)

    assert problem(response) == (403, "forbidden")


def test_a_deactivated_agency_takes_no_new_intake(api: Api) -> None:
    deactivation = {"deactivated_on": "2026-05-15", "reason": "統合のため"}
    api.post("/v1/registry/agencies/chuo_houkatsu/deactivate", ADMIN, deactivation)

    response = api.post("/v1/cases", OWNER, intake())

    assert "chuo_houkatsu" not in codes(api)
    assert problem(response) == (403, "agency_inactive")


def test_an_unknown_project_in_an_entry_is_refused(api: Api) -> None:
    response = api.post(
        "/v1/registry/agencies", ADMIN, NEW_AGENCY | {"projects": ["nothing"]}
    )

    assert response.status_code == 422


def test_an_admin_registers_a_cooperating_organisation(api: Api) -> None:
    body = {"name_ja": "農園ひだまり", "kind": "farm", "registered_on": "2026-05-01"}

    response = api.post("/v1/registry/organisations", ADMIN, body)

    assert response.status_code == 201
    assert response.json()["version"] > 1
    assert response.headers["etag"] == f'"{response.json()["version"]}"'


def test_registering_an_agency_answers_its_code_and_the_registry_version(
    api: Api,
) -> None:
    body = NEW_AGENCY | {"code": "kurobane_soudan"}

    response = api.post("/v1/registry/agencies", ADMIN, body)

    version = response.json()["version"]
    assert response.json() == {"code": "kurobane_soudan", "version": version}
    assert response.headers["etag"] == f'"{version}"'


def test_a_registry_write_on_a_stale_version_is_412(api: Api) -> None:
    body = {"name_ja": "農園", "kind": "farm", "registered_on": "2026-05-01"}

    response = api.post(
        "/v1/registry/organisations", ADMIN, body, **{"If-Match": '"1"'}
    )

    assert problem(response) == (412, "stale_version")


def test_deactivating_an_agency_still_answers_200_with_its_version(api: Api) -> None:
    api.post("/v1/registry/agencies", ADMIN, NEW_AGENCY | {"code": "sakura_soudan"})
    deactivation = {"deactivated_on": "2026-05-15", "reason": "統合のため"}

    response = api.post(
        "/v1/registry/agencies/sakura_soudan/deactivate", ADMIN, deactivation
    )

    assert response.status_code == 200
    assert response.headers["etag"] == f'"{response.json()["version"]}"'
