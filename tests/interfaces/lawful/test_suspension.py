"""利用停止 over REST, on SQLite and PostgreSQL: readers refused, handlers not.

A reader tied to the case is answered 403 `use_suspended` (it knows the case
exists; the answer tells it only that the use is suspended); a stranger keeps
its 404 (R11); the staff handling the request read on; after the lifting,
readers read again. Shares of the person are refused too.
"""

from __future__ import annotations

from tests.interfaces.given_api import (
    AUDITOR,
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    problem,
    referral,
)
from tests.interfaces.test_api_rights import HOLDER, given_case, given_suspended


def test_a_suspended_persons_case_is_refused_to_its_reader(api: Api) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    response = api.get(f"/v1/cases/{case_id}", OWNER)

    assert problem(response) == (403, "use_suspended")
    log = "/v1/audit/access-log"
    denied = api.get(log, AUDITOR, outcome="denied", case_id=case_id).json()
    assert [e["reason"] for e in denied["entries"]] == ["use_suspended"]


def test_a_stranger_is_still_answered_404(api: Api) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    response = api.get(f"/v1/cases/{case_id}", STRANGER)

    assert problem(response) == (404, "not_found")


def test_the_handling_staff_read_the_case(api: Api) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    response = api.get(f"/v1/cases/{case_id}", HOLDER)

    assert response.status_code == 200


def test_no_referral_is_made_while_suspended(api: Api) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)

    response = api.post(f"/v1/cases/{case_id}/referrals", OWNER, referral())

    assert problem(response) == (403, "use_suspended")


def test_after_lifting_readers_read_again(api: Api) -> None:
    case_id, person_id = given_case(api)
    given_suspended(api, person_id)
    refused = api.get(f"/v1/cases/{case_id}", OWNER)

    api.post(f"/v1/people/{person_id}/suspension/lift", HOLDER, {"reason": "解消"})

    assert problem(refused) == (403, "use_suspended")
    assert api.get(f"/v1/cases/{case_id}", OWNER).status_code == 200
    assert api.get(f"/v1/cases/{case_id}", RECEIVER).status_code == 200
