"""Finding 5: meetings check what they are told (R5, R6).

A case goes on an agenda only with an agency that works on it; only such an
agency discloses; categories are the vocabulary's and within the consent;
decisions and plan approvals at a 重層的支援会議 need a consent covering
every member; the minutes are readable by members, as far as entitled.
"""

from __future__ import annotations

from typing import Any

from tests.interfaces.given_api import (
    AUDITOR,
    COORDINATOR,
    Api,
    problem,
)
from tests.interfaces.lawful.given import (
    HOIKU,
    a_case,
    a_consent,
    a_meeting,
    convene,
    disclose,
)

OUTSIDERS = ("hoiku_ka", "kodomo_shien_ka")


def test_a_case_no_member_works_on_cannot_go_on_the_agenda(api: Api) -> None:
    case_id = a_case(api)

    convened = convene(api, [case_id], members=OUTSIDERS, who=HOIKU)

    assert problem(convened) == (403, "not_working_on_case")


def test_an_agency_that_never_touched_the_case_cannot_disclose_it(api: Api) -> None:
    case_id = a_case(api)
    a_consent(api, case_id)
    members = ("fukushi_ka", "shakyo", "chuo_houkatsu", "hoiku_ka")
    meeting_id = a_meeting(api, [case_id], members=members)

    disclosed = disclose(api, meeting_id, case_id, disclosed_by="hoiku_ka")

    assert problem(disclosed) == (403, "not_working_on_case")


def test_a_category_outside_the_vocabulary_is_refused(api: Api) -> None:
    case_id = a_case(api)
    a_consent(api, case_id)
    meeting_id = a_meeting(api, [case_id])

    disclosed = disclose(api, meeting_id, case_id, categories=["zzz_made_up"])

    assert problem(disclosed) == (422, "unknown_category")


def test_a_category_the_consent_does_not_cover_is_refused(api: Api) -> None:
    case_id = a_case(api)
    a_consent(api, case_id, categories=["basic"])
    meeting_id = a_meeting(api, [case_id])

    disclosed = disclose(api, meeting_id, case_id, categories=["health"])

    assert problem(disclosed) == (403, "categories_not_covered")


def test_no_decision_or_approval_about_a_case_without_consent(api: Api) -> None:
    case_id = a_case(api)
    meeting_id = a_meeting(api, [case_id])
    base = f"/v1/meetings/{meeting_id}"

    decided = api.post(
        f"{base}/decisions", COORDINATOR, {"case_id": case_id, "text": "継続"}
    )
    approval = {"case_id": case_id, "plan_id": case_id, "revision": 1}
    approved = api.post(f"{base}/plan-approvals", COORDINATOR, approval)

    assert problem(decided) == (403, "consent_required")
    assert problem(approved) == (403, "consent_required")


def test_a_support_meeting_decides_only_once_every_member_acknowledged(
    api: Api,
) -> None:
    case_id = a_case(api)
    meeting_id = a_meeting(api, [case_id], kind="support_meeting")
    base = f"/v1/meetings/{meeting_id}"
    ack = {"agency": "shakyo", "member_name": "委員A"}
    api.post(f"{base}/acknowledgements", COORDINATOR, ack)

    decided = api.post(
        f"{base}/decisions", COORDINATOR, {"case_id": case_id, "text": "見守り"}
    )

    assert problem(decided) == (403, "confidentiality_not_acknowledged")


def test_members_read_the_minutes_as_far_as_entitled(api: Api) -> None:
    case_id = a_case(api)
    a_consent(api, case_id)
    meeting_id = a_meeting(api, [case_id])
    base = f"/v1/meetings/{meeting_id}"
    assert disclose(api, meeting_id, case_id).status_code == 201
    decision = {"case_id": case_id, "text": "週1回の訪問を継続"}
    assert api.post(f"{base}/decisions", COORDINATOR, decision).status_code == 201

    by_recipient = api.get(base, "coordinator@shakyo").json()
    by_convener = api.get(base, COORDINATOR).json()
    by_auditor = api.get(base, AUDITOR).json()
    by_outsider = api.get(base, "coordinator@seibu_houkatsu")

    def texts(minutes: dict[str, Any]) -> dict[str, str | None]:
        return {item["kind"]: item["text"] for item in minutes["minutes"]}

    assert texts(by_recipient) == {
        "disclosure": "家族の状況を共有",
        "decision": "週1回の訪問を継続",
    }
    assert texts(by_convener) == {"disclosure": None, "decision": "週1回の訪問を継続"}
    assert texts(by_auditor)["disclosure"] == "家族の状況を共有"
    assert problem(by_outsider) == (403, "not_your_agency")
