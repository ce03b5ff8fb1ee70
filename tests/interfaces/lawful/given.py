"""Builders for the lawful-basis regressions: cases, consents, referrals, meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx

from tests.interfaces.given_api import (
    COORDINATOR,
    OWNER,
    RECEIVER,
    TODAY,
    Api,
    consent,
    intake,
)

SUPERVISOR = "supervisor@chuo_houkatsu"
HOIKU = "coordinator@hoiku_ka"
YESTERDAY = TODAY - timedelta(days=1)
ACCEPTED_ON = "2026-05-21"


def day(offset: int) -> str:
    """TODAY plus `offset` days, as the API writes dates."""
    return (TODAY + timedelta(days=offset)).isoformat()


@dataclass(frozen=True)
class Referred:
    """A case, its consent, and its referral to 社協 (accepted unless said)."""

    case_id: str
    consent_id: str
    referral_id: str

    @property
    def path(self) -> str:
        return f"/v1/cases/{self.case_id}"


def a_case(api: Api, **changes: Any) -> str:
    made = api.post("/v1/cases", OWNER, intake(**changes))
    assert made.status_code == 201, made.text
    case_id: str = made.json()["case_id"]
    return case_id


def a_consent(api: Api, case_id: str, **terms: Any) -> str:
    made = api.post(f"/v1/cases/{case_id}/consents", OWNER, consent() | terms)
    assert made.status_code == 201, made.text
    consent_id: str = made.json()["consent_id"]
    return consent_id


def refer(
    api: Api, case_id: str, requested_on: str = "2026-05-20", to: str = "shakyo"
) -> httpx.Response:
    body = {"to_agency": to, "reason": "ひきこもり相談", "requested_on": requested_on}
    return api.post(f"/v1/cases/{case_id}/referrals", OWNER, body)


def step(
    api: Api, referred: Referred, name: str, body: dict[str, Any] | None = None
) -> httpx.Response:
    path = f"{referred.path}/referrals/{referred.referral_id}/{name}"
    who = OWNER if name == "cancel" else RECEIVER
    return api.post(path, who, body or {})


def a_referred_case(api: Api, *, accepted: bool = True, **terms: Any) -> Referred:
    """A case with a consent and a referral to 社協, accepted on 2026-05-21."""
    case_id = a_case(api)
    consent_id = a_consent(api, case_id, **terms)
    made = refer(api, case_id)
    assert made.status_code == 201, made.text
    referred = Referred(case_id, consent_id, made.json()["referral_id"])
    if accepted:
        assert step(api, referred, "accept", {"on": ACCEPTED_ON}).status_code == 204
    return referred


def withdraw(api: Api, case_id: str, consent_id: str, on: date | str) -> httpx.Response:
    path = f"/v1/cases/{case_id}/consents/{consent_id}/withdraw"
    return api.post(path, OWNER, {"withdrawn_on": str(on)})


def convene(
    api: Api,
    case_ids: list[str],
    *,
    held_on: str = "2026-06-10",
    kind: str = "coordinated_support_meeting",
    members: tuple[str, ...] = ("fukushi_ka", "shakyo", "chuo_houkatsu"),
    who: str = COORDINATOR,
) -> httpx.Response:
    body = {"kind": kind, "held_on": held_on, "agencies": list(members)}
    return api.post("/v1/meetings", who, body | {"case_ids": case_ids})


def a_meeting(api: Api, case_ids: list[str], **how: Any) -> str:
    made = convene(api, case_ids, **how)
    assert made.status_code == 201, made.text
    meeting_id: str = made.json()["meeting_id"]
    return meeting_id


def disclose(api: Api, meeting_id: str, case_id: str, **changes: Any) -> httpx.Response:
    body = {
        "case_id": case_id,
        "disclosed_by": "chuo_houkatsu",
        "recipients": ["shakyo"],
        "categories": ["basic"],
        "summary": "家族の状況を共有",
        **changes,
    }
    return api.post(f"/v1/meetings/{meeting_id}/disclosures", COORDINATOR, body)
