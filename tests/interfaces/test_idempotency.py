"""`Idempotency-Key`: a retried write answers the first answer, never a double."""

from __future__ import annotations

from uuid import UUID

from domain.case import Case
from interfaces.http.idempotency_store import derive_ids, keyed_ids, stop_deriving
from tests.interfaces.given_api import OWNER, Api, given_case, intake, problem


def test_the_same_key_and_body_answer_the_first_answer(api: Api) -> None:
    first = api.post("/v1/cases", OWNER, intake(), **{"Idempotency-Key": "intake-1"})

    again = api.post("/v1/cases", OWNER, intake(), **{"Idempotency-Key": "intake-1"})

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again.headers["etag"] == first.headers["etag"] == '"1"'


def test_the_same_key_with_another_body_is_422(api: Api) -> None:
    api.post("/v1/cases", OWNER, intake(), **{"Idempotency-Key": "intake-2"})
    other = intake(summary="別の相談")

    response = api.post("/v1/cases", OWNER, other, **{"Idempotency-Key": "intake-2"})

    assert problem(response) == (422, "idempotency_key_reused")


def test_a_retry_whose_first_answer_was_lost_makes_no_second_case(api: Api) -> None:
    """As after kill -9 between commit and answer: the kept answer is missing."""
    first = api.post("/v1/cases", OWNER, intake(), **{"Idempotency-Key": "lost-1"})
    answers = api.client.app.state.answers  # type: ignore[attr-defined]
    with answers.store.transaction() as tx:
        tx.run(answers.store.sql("DELETE FROM {idempotency_answers}"))

    retry = api.post("/v1/cases", OWNER, intake(), **{"Idempotency-Key": "lost-1"})

    assert problem(retry) == (409, "concurrent_update")
    case_id = UUID(first.json()["case_id"])
    assert api.ledger.load(Case, case_id, None).version == 1


def test_ids_derive_from_the_user_and_key_in_order() -> None:
    token = derive_ids("user-1", "key-1")
    try:
        made = [keyed_ids(), keyed_ids()]
    finally:
        stop_deriving(token)
    token = derive_ids("user-1", "key-1")
    try:
        again = [keyed_ids(), keyed_ids()]
    finally:
        stop_deriving(token)

    assert made == again
    assert made[0] != made[1]
    assert keyed_ids() not in made


def test_a_key_that_is_not_visible_ascii_is_422(api: Api) -> None:
    case_id = given_case(api)
    body = {"closed_on": "2026-06-30"}

    response = api.post(
        f"/v1/cases/{case_id}/close", OWNER, body, **{"Idempotency-Key": "x" * 201}
    )

    assert problem(response) == (422, "invalid_request")


def test_keyed_steps_answer_their_first_204_again(api: Api) -> None:
    case_id = given_case(api)
    path = f"/v1/cases/{case_id}/close"
    body = {"closed_on": "2026-06-30", "reason_code": "goals_reached"}

    first = api.post(path, OWNER, body, **{"Idempotency-Key": "close-1"})
    again = api.post(path, OWNER, body, **{"Idempotency-Key": "close-1"})

    assert (first.status_code, again.status_code) == (204, 204)
    assert again.headers["etag"] == first.headers["etag"]
    assert again.content == b""


def test_a_body_that_is_not_utf8_json_is_400_malformed_body(api: Api) -> None:
    headers = {**api.headers(OWNER), "Content-Type": "application/json"}

    response = api.client.post("/v1/cases", content=b"\xff\xfe{", headers=headers)

    assert problem(response) == (400, "malformed_body")
