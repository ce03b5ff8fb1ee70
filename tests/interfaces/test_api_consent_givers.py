"""Who gives a consent, over REST: the standings served, a child's consent judged."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import OWNER, RECEIVER, Api, consent, intake, problem

CHILD = {"name": "大田原 翔", "birth_date": "2013-04-02"}


def a_childs_case(api: Api) -> str:
    opened = api.post("/v1/cases", OWNER, intake(person=CHILD))
    assert opened.status_code == 201, opened.text
    case_id: str = opened.json()["case_id"]
    return case_id


def by_parent(standing: str = "parental_authority") -> dict[str, Any]:
    return consent() | {
        "given_by": "representative",
        "standing": standing,
        "representative": "大田原 恵",
        "relationship": "母",
    }


def test_the_standings_are_served_by_kind_with_japanese_labels(api: Api) -> None:
    response = api.get("/v1/consent-givers", OWNER)

    body = response.json()
    standings = {s["code"]: (s["label_ja"], s["kind_ja"]) for s in body["standings"]}
    assert standings["person"] == ("本人", "本人")
    assert standings["parental_authority"] == ("親権者", "法定代理人")
    assert standings["adult_guardian"] == ("成年後見人", "法定代理人")
    assert standings["voluntary_agent"] == ("任意代理人", "任意代理人")
    assert "unrecorded_representative" not in standings
    assert {b["code"] for b in body["age_bands"]} == {
        "child",
        "minor",
        "adult",
        "unknown",
    }


def test_a_childs_own_consent_is_a_422_child_consent(api: Api) -> None:
    case_id = a_childs_case(api)

    response = api.post(f"/v1/cases/{case_id}/consents", OWNER, consent())

    assert problem(response) == (422, "child_consent")


def test_a_parents_consent_shows_its_standing_and_band_to_the_owner_only(
    api: Api,
) -> None:
    case_id = a_childs_case(api)
    granted = api.post(f"/v1/cases/{case_id}/consents", OWNER, by_parent())
    assert granted.status_code == 201, granted.text

    owner = api.get(f"/v1/cases/{case_id}", OWNER).json()["consents"][0]
    sharer = api.get(f"/v1/cases/{case_id}", RECEIVER).json()["consents"][0]

    assert (owner["standing"], owner["age_band"]) == ("parental_authority", "child")
    assert owner["representative"] == "大田原 恵"
    assert (sharer["standing"], sharer["age_band"], sharer["representative"]) == (
        None,
        None,
        None,
    )


def test_an_unknown_standing_is_a_422(api: Api) -> None:
    case_id = a_childs_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/consents", OWNER, by_parent(standing="neighbour")
    )

    assert problem(response) == (422, "invalid_request")
