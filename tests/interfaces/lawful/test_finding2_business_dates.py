"""Finding 2: business dates are no longer the client's word (R1, R2).

A business date is not after today (Asia/Tokyo), not before what it follows,
and not further back than the backdating window (90 days); an act resting on
a consent needs it valid on the act's date AND in force when it is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    TODAY,
    Api,
    intake,
    problem,
)
from tests.interfaces.lawful.given import (
    YESTERDAY,
    a_case,
    a_consent,
    a_referred_case,
    day,
    refer,
    step,
    withdraw,
)


def test_a_referral_dated_before_a_withdrawal_recorded_today_is_refused(
    api: Api,
) -> None:
    case_id = a_case(api)
    consent_id = a_consent(api, case_id)
    withdraw(api, case_id, consent_id, TODAY)

    made = refer(api, case_id, requested_on=YESTERDAY.isoformat())

    assert problem(made) == (403, "consent_required")


def test_a_referral_dated_within_a_consent_that_ended_yesterday_is_refused(
    api: Api,
) -> None:
    api.clock.set(date(2026, 6, 1))
    case_id = a_case(api)
    a_consent(api, case_id, valid_from="2026-06-01", valid_until=day(-1))
    api.clock.set(TODAY)

    made = refer(api, case_id, requested_on=day(-5))

    assert problem(made) == (403, "consent_required")


def test_a_referral_dated_in_the_future_is_refused_and_gives_nothing(
    api: Api,
) -> None:
    case_id = a_case(api)
    a_consent(api, case_id, valid_from=day(100), valid_until=day(300))

    made = refer(api, case_id, requested_on=day(150))

    assert problem(made) == (422, "invalid_date")
    assert made.json()["field"] == "requested_on"
    assert problem(api.get(f"/v1/cases/{case_id}", RECEIVER)) == (
        403,
        "consent_required",
    )


@pytest.mark.parametrize(
    ("name", "on"), [("accept", "1800-01-01"), ("accept", "1900-05-01")]
)
def test_an_accept_dated_centuries_ago_is_refused(api: Api, name: str, on: str) -> None:
    referred = a_referred_case(api, accepted=False)

    answered = step(api, referred, name, {"on": on})

    assert problem(answered) == (422, "invalid_date")


def test_a_completion_dated_long_ago_is_refused(api: Api) -> None:
    referred = a_referred_case(api)

    answered = step(api, referred, "complete", {"outcome": "完了", "on": "1900-01-01"})

    assert problem(answered) == (422, "invalid_date")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/close", {"closed_on": "1900-01-01", "reason_code": "moved_away"}),
        (
            "/activities",
            {
                "kind": "home_visit",
                "project": "comprehensive_consultation",
                "occurred_on": "2031-01-01",
            },
        ),
    ],
    ids=["close-1900", "activity-2031"],
)
def test_a_case_act_dated_out_of_bounds_is_refused(
    api: Api, path: str, body: dict[str, Any]
) -> None:
    case_id = a_case(api)

    answered = api.post(f"/v1/cases/{case_id}{path}", OWNER, body)

    assert problem(answered) == (422, "invalid_date")


def test_a_withdrawal_dated_9999_is_refused(api: Api) -> None:
    case_id = a_case(api)
    consent_id = a_consent(api, case_id)

    answered = withdraw(api, case_id, consent_id, "9999-12-31")

    assert problem(answered) == (422, "invalid_date")
    assert answered.json()["bound"].endswith(f"is after today ({TODAY})")


def test_an_intake_dated_as_a_number_is_refused(api: Api) -> None:
    answered = api.post("/v1/cases", OWNER, intake(opened_on=0))

    assert problem(answered) == (422, "invalid_request")


def test_an_intake_dated_before_the_backdating_window_is_refused(api: Api) -> None:
    answered = api.post("/v1/cases", OWNER, intake(opened_on=day(-91)))

    assert problem(answered) == (422, "invalid_date")
    assert answered.json()["field"] == "opened_on"


def test_a_birth_date_in_the_future_is_refused(api: Api) -> None:
    person = intake()["person"] | {"birth_date": day(1)}

    answered = api.post("/v1/cases", OWNER, intake(person=person))

    assert problem(answered) == (422, "invalid_date")
    assert answered.json()["field"] == "person.birth_date"
