"""Finding 1: a withdrawal (or an expiry) ends what an accepted referral gave.

R4: the shared read, activities and plans a referral gives last only as long
as the consent it rests on.
"""

from __future__ import annotations

from datetime import date

from tests.interfaces.given_api import RECEIVER, TODAY, Api, problem
from tests.interfaces.lawful.given import a_referred_case, withdraw

VISIT = {"kind": "home_visit", "project": "outreach", "occurred_on": "2026-06-29"}


def test_the_receiver_reads_while_the_consent_holds(api: Api) -> None:
    referred = a_referred_case(api)

    read = api.get(referred.path, RECEIVER)

    assert read.status_code == 200
    assert read.json()["view"] == "shared"


def test_a_withdrawal_today_ends_the_receivers_read(api: Api) -> None:
    referred = a_referred_case(api)
    assert (
        withdraw(api, referred.case_id, referred.consent_id, TODAY).status_code == 204
    )

    read = api.get(referred.path, RECEIVER)

    assert problem(read) == (403, "consent_required")


def test_a_withdrawal_today_ends_the_receivers_activities(api: Api) -> None:
    referred = a_referred_case(api)
    withdraw(api, referred.case_id, referred.consent_id, TODAY)

    recorded = api.post(f"{referred.path}/activities", RECEIVER, VISIT)

    assert recorded.status_code == 403
    assert problem(recorded)[1] in {"not_your_agency", "not_working_on_case"}


def test_an_expired_consent_ends_the_receivers_read(api: Api) -> None:
    api.clock.set(date(2026, 6, 1))  # referred and accepted while it held
    referred = a_referred_case(api, valid_until="2026-06-29")
    api.clock.set(TODAY)

    read = api.get(referred.path, RECEIVER)

    assert problem(read) == (403, "consent_required")
    assert api.post(f"{referred.path}/activities", RECEIVER, VISIT).status_code == 403
