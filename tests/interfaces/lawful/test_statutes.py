"""R7: a share may rest on a statute, invoked by a supervisor or coordinator.

It names the statute (coded, with the article as the law numbers it) and a
reason; it must fit who shares and with whom; it stands out in the access
log and in the disclosure trail.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.interfaces.given_api import AUDITOR, OWNER, Api, problem
from tests.interfaces.lawful.given import (
    SUPERVISOR,
    a_case,
    a_consent,
    a_meeting,
    disclose,
)

CITY = "caseworker@koureisha_kofuku_ka"
ABUSE = "elder_abuse_notification"


def on_statute(
    to: str = "koureisha_kofuku_ka", code: str = ABUSE, **changes: Any
) -> dict[str, Any]:
    return {
        "to_agency": to,
        "reason": "高齢者虐待の疑い",
        "requested_on": "2026-06-29",
        "categories": ["basic", "abuse"],
        "basis": {"kind": "statute", "code": code, "reason": "身体的虐待の疑い"},
        **changes,
    }


def test_a_supervisor_notifies_the_city_on_a_statute_without_consent(
    api: Api,
) -> None:
    case_id = a_case(api)

    made = api.post(f"/v1/cases/{case_id}/referrals", SUPERVISOR, on_statute())

    assert made.status_code == 201, made.text
    assert made.json()["basis"] == {
        "kind": "statute",
        "consent_id": None,
        "meeting_id": None,
        "code": ABUSE,
    }


def test_a_read_on_a_statutory_referral_stands_out_in_the_access_log(
    api: Api,
) -> None:
    case_id = a_case(api)
    made = api.post(f"/v1/cases/{case_id}/referrals", SUPERVISOR, on_statute())
    step = f"/v1/cases/{case_id}/referrals/{made.json()['referral_id']}/accept"
    assert api.post(step, CITY, {"on": "2026-06-30"}).status_code == 204

    read = api.get(f"/v1/cases/{case_id}", CITY)

    assert read.status_code == 200
    assert set(read.json()["visible_categories"]) == {"basic", "abuse"}
    log = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id).json()
    assert [e["basis"] for e in log["entries"]] == [f"statute:{ABUSE}"]


def test_a_caseworker_may_not_invoke_a_statute(api: Api) -> None:
    case_id = a_case(api)

    made = api.post(f"/v1/cases/{case_id}/referrals", OWNER, on_statute())

    assert problem(made) == (403, "forbidden")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"to": "shakyo"}, (403, "statute_not_applicable")),
        ({"code": "appi_public_body_special_reason"}, (403, "statute_not_applicable")),
        ({"code": "no_such_law"}, (422, "invalid_basis")),
        ({"categories": []}, (422, "invalid_basis")),
    ],
    ids=[
        "abuse-notice-to-an-operator",
        "public-body-rule-by-an-operator",
        "unknown",
        "no-categories",
    ],
)
def test_a_statute_that_does_not_fit_is_refused(
    api: Api, changes: dict[str, Any], expected: tuple[int, str]
) -> None:
    case_id = a_case(api)

    made = api.post(f"/v1/cases/{case_id}/referrals", SUPERVISOR, on_statute(**changes))

    assert problem(made) == expected


def test_a_disclosure_on_a_statute_stands_out_in_the_trail(api: Api) -> None:
    case_id = a_case(api)
    a_consent(api, case_id)
    members = ("fukushi_ka", "koureisha_kofuku_ka", "chuo_houkatsu")
    meeting_id = a_meeting(api, [case_id], members=members)
    basis = {"kind": "statute", "code": ABUSE, "reason": "虐待の疑いの通報"}

    disclosed = disclose(
        api, meeting_id, case_id, recipients=["koureisha_kofuku_ka"], basis=basis
    )

    assert disclosed.status_code == 201, disclosed.text
    assert disclosed.json()["basis"]["kind"] == "statute"
    head = str(api.ledger.recorder.max_notification_id())
    trail = api.get(
        "/v1/audit/disclosures", AUDITOR, basis="statute", min_position=head
    ).json()
    statutory = [d for d in trail["disclosures"] if d["meeting_id"] == meeting_id]
    assert [d["basis"] for d in statutory] == [f"statute:{ABUSE}"]
    consented = api.get("/v1/audit/disclosures", AUDITOR, basis="consent").json()
    assert meeting_id not in {d["meeting_id"] for d in consented["disclosures"]}
