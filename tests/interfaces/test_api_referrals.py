"""Consents and the closed loop of referrals, through the client."""

from __future__ import annotations

from uuid import uuid4

import pytest

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    STRANGER,
    Api,
    consent,
    given_case,
    given_consented_case,
    given_referral,
    problem,
    referral,
)


def test_a_consent_is_granted_with_its_id_and_the_new_version(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(
        f"/v1/cases/{case_id}/consents", OWNER, consent(), **{"If-Match": '"1"'}
    )

    assert response.status_code == 201
    assert response.json()["version"] == 2
    assert response.headers["etag"] == '"2"'


def test_a_consent_naming_an_unknown_agency_is_422(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(f"/v1/cases/{case_id}/consents", OWNER, consent(("nowhere",)))

    assert problem(response) == (422, "unknown_agency")


def test_a_consent_ending_before_it_starts_is_422(api: Api) -> None:
    case_id = given_case(api)
    body = {**consent(), "valid_until": "2026-01-01"}

    response = api.post(f"/v1/cases/{case_id}/consents", OWNER, body)

    assert problem(response) == (422, "invalid_consent")


def test_another_agency_cannot_grant_consent(api: Api) -> None:
    case_id = given_case(api)

    response = api.post(f"/v1/cases/{case_id}/consents", STRANGER, consent())

    assert problem(response) == (404, "not_found")  # no tie: as if unknown


def test_an_agency_the_case_names_cannot_grant_consent(api: Api) -> None:
    case_id, _ = given_consented_case(api)

    response = api.post(f"/v1/cases/{case_id}/consents", RECEIVER, consent())

    assert problem(response) == (403, "not_your_agency")


def test_a_consent_is_withdrawn_once(api: Api) -> None:
    case_id, consent_id = given_consented_case(api)
    path = f"/v1/cases/{case_id}/consents/{consent_id}/withdraw"
    body = {"withdrawn_on": "2026-06-01", "reason": "本人の申出"}

    first = api.post(path, OWNER, body)
    second = api.post(path, OWNER, body)

    assert first.status_code == 204
    assert problem(second) == (409, "consent_already_withdrawn")


def test_withdrawing_an_unknown_consent_is_404(api: Api) -> None:
    case_id = given_case(api)
    path = f"/v1/cases/{case_id}/consents/{uuid4()}/withdraw"

    response = api.post(path, OWNER, {"withdrawn_on": "2026-06-01"})

    assert problem(response) == (404, "consent_not_found")


def test_a_referral_answers_its_consent_basis(api: Api) -> None:
    case_id, consent_id = given_consented_case(api)

    response = api.post(f"/v1/cases/{case_id}/referrals", OWNER, referral())

    assert response.status_code == 201
    basis = response.json()["basis"]
    assert (basis["kind"], basis["consent_id"]) == ("consent", consent_id)


def test_a_referral_without_covering_consent_is_403_consent_required(
    api: Api,
) -> None:
    case_id, _ = given_consented_case(api)

    response = api.post(f"/v1/cases/{case_id}/referrals", OWNER, referral("yuzuriha"))

    assert problem(response) == (403, "consent_required")


def test_the_receiver_accepts_without_a_body(api: Api) -> None:
    case_id, referral_id = given_referral(api)
    path = f"/v1/cases/{case_id}/referrals/{referral_id}/accept"

    response = api.post(path, RECEIVER)

    assert response.status_code == 204
    assert response.headers["etag"] == '"4"'


def test_the_sender_cannot_accept_its_own_referral(api: Api) -> None:
    case_id, referral_id = given_referral(api)
    path = f"/v1/cases/{case_id}/referrals/{referral_id}/accept"

    response = api.post(path, OWNER, {})

    assert problem(response) == (403, "not_receiving_agency")


@pytest.mark.parametrize(
    ("step", "body"),
    [("decline", {"reason": "対象外"}), ("complete", {"outcome": "定着"})],
)
def test_the_receiver_answers_with_its_reason_or_outcome(
    api: Api, step: str, body: dict[str, str]
) -> None:
    case_id, referral_id = given_referral(api, accepted=step == "complete")
    path = f"/v1/cases/{case_id}/referrals/{referral_id}/{step}"

    response = api.post(path, RECEIVER, body)

    assert response.status_code == 204


def test_declining_needs_a_reason(api: Api) -> None:
    case_id, referral_id = given_referral(api)
    path = f"/v1/cases/{case_id}/referrals/{referral_id}/decline"

    response = api.post(path, RECEIVER, {})

    assert problem(response) == (422, "invalid_request")


def test_the_sender_cancels_and_the_loop_is_closed(api: Api) -> None:
    case_id, referral_id = given_referral(api)
    base = f"/v1/cases/{case_id}/referrals/{referral_id}"

    cancelled = api.post(f"{base}/cancel", OWNER, {"reason": "本人が辞退"})
    accepted = api.post(f"{base}/accept", RECEIVER)

    assert cancelled.status_code == 204
    assert problem(accepted) == (409, "referral_transition")


def test_the_receiver_cannot_cancel(api: Api) -> None:
    case_id, referral_id = given_referral(api)
    path = f"/v1/cases/{case_id}/referrals/{referral_id}/cancel"

    response = api.post(path, RECEIVER, {"reason": "x"})

    assert problem(response) == (403, "not_sending_agency")


def test_a_supervisor_cannot_take_referral_steps(api: Api) -> None:
    case_id, referral_id = given_referral(api)
    path = f"/v1/cases/{case_id}/referrals/{referral_id}/accept"

    response = api.post(path, "supervisor@shakyo")

    assert problem(response) == (403, "forbidden")


def test_an_accepting_agency_reads_its_referral_in_the_shared_view(
    api: Api,
) -> None:
    case_id, referral_id = given_referral(api, accepted=True)

    body = api.get(f"/v1/cases/{case_id}", RECEIVER).json()

    assert [r["referral_id"] for r in body["referrals"]] == [referral_id]
    assert body["referrals"][0]["status"] == "accepted"
