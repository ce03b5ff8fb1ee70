"""Households over REST: formed at intake or alone, joined, read as allowed (R11)."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    consent,
    intake,
    problem,
)

SON = {"name": "大田原 一郎", "birth_date": "1974-01-05"}


def given_household(api: Api) -> dict[str, Any]:
    """The mother's intake forms the household; the son is registered in it."""
    opened = api.post("/v1/cases", OWNER, intake(household={"relationship": "head"}))
    assert opened.status_code == 201, opened.text
    case = api.get(f"/v1/cases/{opened.json()['case_id']}", OWNER).json()
    household_id = case["household_id"]
    member = {"person": SON, "relationship": "child", "since": "2026-05-12"}
    added = api.post(f"/v1/households/{household_id}/members", OWNER, member)
    assert added.status_code == 201, added.text
    return {
        "household_id": household_id,
        "case_id": opened.json()["case_id"],
        "mother_id": opened.json()["person_id"],
        "son_id": added.json()["person_id"],
    }


def test_the_relationships_are_served_with_japanese_labels(api: Api) -> None:
    response = api.get("/v1/relationships", OWNER)

    labels = {r["code"]: r["label_ja"] for r in response.json()}
    assert labels["head"] == "本人（世帯主）"
    assert labels["cohabitant"] == "同居人"


def test_a_household_is_formed_alone_with_201_and_its_version(api: Api) -> None:
    response = api.post("/v1/households", OWNER, {"formed_on": "2026-06-30"})

    assert response.status_code == 201
    assert response.headers["etag"] == '"1"'
    assert set(response.json()) == {"household_id", "version"}


def test_the_keeper_reads_the_members_with_their_names(api: Api) -> None:
    given = given_household(api)

    response = api.get(f"/v1/households/{given['household_id']}", OWNER)

    body = response.json()
    members = {m["person_id"]: (m["name"], m["relationship"]) for m in body["members"]}
    assert members == {
        given["mother_id"]: ("大田原 花子", "head"),
        given["son_id"]: ("大田原 一郎", "child"),
    }
    assert body["view"] == "full"


def test_a_household_is_unknown_to_a_stranger_as_an_id_that_does_not_exist(
    api: Api,
) -> None:
    given = given_household(api)

    theirs = api.get(f"/v1/households/{given['household_id']}", STRANGER)
    unknown = api.get(f"/v1/households/{uuid4()}", STRANGER)

    assert problem(theirs) == problem(unknown) == (404, "not_found")


def test_an_intake_joining_a_household_it_may_not_know_of_is_404(api: Api) -> None:
    given = given_household(api)
    joining = {"household_id": given["household_id"], "relationship": "spouse"}

    response = api.post(
        "/v1/cases", STRANGER, intake("seibu_houkatsu", household=joining)
    )

    assert problem(response) == (404, "not_found")


def test_an_intake_naming_a_household_id_alone_is_refused(api: Api) -> None:
    response = api.post("/v1/cases", OWNER, intake(household_id=str(uuid4())))

    assert problem(response) == (422, "invalid_request")


def test_a_sharer_sees_the_member_whose_case_it_may_read_and_cannot_change_it(
    api: Api,
) -> None:
    given = given_household(api)
    path = f"/v1/cases/{given['case_id']}/consents"
    assert api.post(path, OWNER, consent()).status_code == 201
    household = f"/v1/households/{given['household_id']}"

    read = api.get(household, RECEIVER)
    leave = api.post(
        f"{household}/members/{given['son_id']}/leave",
        RECEIVER,
        {"until": "2026-06-30"},
    )

    assert [m["person_id"] for m in read.json()["members"]] == [given["mother_id"]]
    assert problem(leave) == (403, "not_your_agency")


def test_a_member_leaving_in_the_future_is_refused(api: Api) -> None:
    given = given_household(api)
    path = f"/v1/households/{given['household_id']}/members/{given['son_id']}/leave"

    response = api.post(path, OWNER, {"until": "2026-07-01"})

    assert problem(response) == (422, "invalid_date")


def test_an_unknown_relationship_is_a_422(api: Api) -> None:
    given = given_household(api)
    path = f"/v1/households/{given['household_id']}/members"

    response = api.post(
        path, OWNER, {"person": SON, "relationship": "uncle", "since": "2026-06-30"}
    )

    assert problem(response) == (422, "invalid_request")


def test_a_note_about_a_member_names_them_and_shows_whose_it_is(api: Api) -> None:
    given = given_household(api)
    visit = {
        "kind": "home_visit",
        "project": "comprehensive_consultation",
        "occurred_on": "2026-06-01",
        "note": "長男と玄関先で話せた",
        "about_person_id": given["son_id"],
    }

    response = api.post(f"/v1/cases/{given['case_id']}/activities", OWNER, visit)

    assert response.status_code == 201, response.text
    case = api.get(f"/v1/cases/{given['case_id']}", OWNER).json()
    (activity,) = case["activities"]
    assert (activity["about_person_id"], activity["note"]) == (
        given["son_id"],
        "長男と玄関先で話せた",
    )


def test_a_note_about_someone_outside_the_household_is_a_422(api: Api) -> None:
    given = given_household(api)
    visit = {
        "kind": "home_visit",
        "project": "comprehensive_consultation",
        "occurred_on": "2026-06-01",
        "note": "別世帯",
        "about_person_id": str(uuid4()),
    }

    response = api.post(f"/v1/cases/{given['case_id']}/activities", OWNER, visit)

    assert problem(response) == (422, "not_a_household_member")
