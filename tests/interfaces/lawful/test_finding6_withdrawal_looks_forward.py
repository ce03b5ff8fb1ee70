"""Finding 6: a withdrawal looks forward and never rewrites the past (R3)."""

from __future__ import annotations

from tests.interfaces.given_api import OWNER, RECEIVER, Api, problem
from tests.interfaces.lawful.given import a_case, a_consent, a_referred_case, withdraw


def test_a_withdrawal_dated_before_the_consent_began_is_refused(api: Api) -> None:
    case_id = a_case(api)
    consent_id = a_consent(api, case_id, valid_from="2026-06-01")

    withdrawn = withdraw(api, case_id, consent_id, "2026-05-31")

    assert problem(withdrawn) == (422, "invalid_date")
    assert withdrawn.json()["field"] == "withdrawn_on"


def test_a_withdrawal_dated_before_an_act_on_the_consent_is_refused(
    api: Api,
) -> None:
    referred = a_referred_case(api)  # requested 2026-05-20, accepted 2026-05-21

    withdrawn = withdraw(api, referred.case_id, referred.consent_id, "2026-05-20")

    assert problem(withdrawn) == (409, "withdrawal_before_act")
    assert (
        f"referral {referred.referral_id} dated 2026-05-21"
        in withdrawn.json()["detail"]
    )
    assert api.get(referred.path, RECEIVER).status_code == 200  # basis unchanged


def test_a_withdrawal_on_the_day_of_the_last_act_is_recorded(api: Api) -> None:
    referred = a_referred_case(api)

    withdrawn = withdraw(api, referred.case_id, referred.consent_id, "2026-05-21")

    assert withdrawn.status_code == 204
    case = api.get(referred.path, OWNER).json()
    assert case["consents"][0]["withdrawn_on"] == "2026-05-21"
    assert case["referrals"][0]["basis"]["consent_id"] == referred.consent_id
