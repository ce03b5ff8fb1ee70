"""The referral inbox (`GET /v1/referrals`) and the users (`GET /v1/users`)."""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import (
    ADMIN,
    AUDITOR,
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    given_referral,
    problem,
)


def head(api: Api) -> str:
    return str(api.ledger.recorder.max_notification_id())


def referrals(api: Api, who: str, **params: str) -> list[dict[str, Any]]:
    response = api.get("/v1/referrals", who, min_position=head(api), **params)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["referrals"]
    return found


def test_the_receiver_finds_a_requested_referral_in_its_inbox(api: Api) -> None:
    case_id, referral_id = given_referral(api)

    inbox = referrals(api, RECEIVER, to_agency="shakyo", status="requested")

    (found,) = [r for r in inbox if r["referral_id"] == referral_id]
    assert (found["case_id"], found["from_agency"], found["status"]) == (
        case_id,
        "chuo_houkatsu",
        "requested",
    )
    assert "reason" not in found


def test_a_referral_is_listed_to_its_two_agencies_only(api: Api) -> None:
    _, referral_id = given_referral(api, accepted=True)

    sent = referrals(api, OWNER, from_agency="chuo_houkatsu")
    foreign = referrals(api, STRANGER) + referrals(api, STRANGER, to_agency="shakyo")

    assert referral_id in {r["referral_id"] for r in sent}
    assert [r["status"] for r in sent if r["referral_id"] == referral_id] == [
        "accepted"
    ]
    assert foreign == []


def test_the_admin_lists_users_with_their_names(api: Api) -> None:
    api.headers(RECEIVER)  # registers the caseworker of 社協

    response = api.get("/v1/users", ADMIN, min_position=head(api), limit="200")

    users = {u["name"]: u for u in response.json()["users"]}
    assert (users[RECEIVER]["agency"], users[RECEIVER]["role"]) == (
        "shakyo",
        "caseworker",
    )
    assert users[RECEIVER]["active"] is True


def test_users_page_with_a_cursor(api: Api) -> None:
    for who in (OWNER, RECEIVER, AUDITOR):
        api.headers(who)
    first = api.get("/v1/users", ADMIN, min_position=head(api), limit="2").json()

    rest = api.get("/v1/users", ADMIN, limit="200", cursor=first["next_cursor"])

    names = [u["name"] for u in first["users"] + rest.json()["users"]]
    assert len(first["users"]) == 2
    assert len(names) == len(set(names)) >= 4


def test_only_admins_list_users(api: Api) -> None:
    response = api.get("/v1/users", OWNER)

    assert problem(response) == (403, "forbidden")
