"""An API under test with users of every role, and bodies from the contract."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import uuid4

import httpx
from fastapi.testclient import TestClient

from application.case_ledger import CaseLedger
from tests.support.clock import TestClock

TODAY = date(2026, 6, 30)  # the ledger's "today" in these tests
OWNER = "caseworker@chuo_houkatsu"
RECEIVER = "caseworker@shakyo"
STRANGER = "caseworker@seibu_houkatsu"
COORDINATOR = "coordinator@fukushi_ka"
AUDITOR = "auditor@fukushi_ka"
ADMIN = "admin@fukushi_ka"


@dataclass
class Api:
    """A TestClient whose callers are named `role@agency`; tokens made on demand."""

    client: TestClient
    ledger: CaseLedger
    clock: TestClock = field(default_factory=lambda: TestClock(TODAY))
    tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, who: str, **extra: str) -> dict[str, str]:
        if who not in self.tokens:
            role, agency = who.split("@")
            _, self.tokens[who] = self.ledger.add_user(who, agency, role)
        return {"Authorization": f"Bearer {self.tokens[who]}", **extra}

    def post(
        self, path: str, who: str, body: Any = None, **headers: str
    ) -> httpx.Response:
        # ASCII-escaped JSON, so a test can send what httpx would refuse to encode
        # (a lone surrogate) and see how the service answers it.
        content = None if body is None else json.dumps(body)
        headers = {"Content-Type": "application/json", **headers}
        response: httpx.Response = self.client.post(
            path, content=content, headers=self.headers(who, **headers)
        )
        return response

    def get(self, path: str, who: str, **params: str) -> httpx.Response:
        response: httpx.Response = self.client.get(
            path, headers=self.headers(who), params=params
        )
        return response


def problem(response: httpx.Response) -> tuple[int, str]:
    """The status and the problem type's last part, e.g. (403, 'consent_required')."""
    assert response.headers["content-type"] == "application/problem+json"
    return response.status_code, response.json()["type"].rsplit(":", 1)[-1]


def intake(agency: str = "chuo_houkatsu", **changes: Any) -> dict[str, Any]:
    return {
        "intake_agency": agency,
        "fields": ["elderly_care"],
        "issues": ["8050", "hikikomori"],
        "projects": ["comprehensive_consultation"],
        "route": "walk_in",
        "opened_on": "2026-05-12",
        "person": {
            "name": "大田原 花子",
            "name_kana": "オオタワラ ハナコ",
            "birth_date": "1944-03-02",
            "address": "大田原市本町1丁目",
            "phone": "0287-00-0000",
        },
        "summary": "長男(52)がひきこもり。母の介護と家計に不安。",
        "confirm_new_person": True,  # every test's person is someone new
        **changes,
    }


def consent(agencies: tuple[str, ...] = ("shakyo", "fukushi_ka")) -> dict[str, Any]:
    return {
        "given_by": "person",
        "representative": None,
        "agencies": list(agencies),
        "purposes": ["information_sharing", "referral", "coordinated_support_meeting"],
        "categories": ["basic", "health", "finance"],
        "valid_from": "2026-05-12",
        "valid_until": "2027-03-31",
    }


def referral(to: str = "shakyo") -> dict[str, Any]:
    return {
        "to_agency": to,
        "reason": "ひきこもり相談・アウトリーチ",
        "requested_on": "2026-05-20",
    }


def plan(assessment_id: str | None = None) -> dict[str, Any]:
    """A plan's body; with no assessment named, one the case does not hold."""
    return {
        "project": "multi_agency",
        "assessment_id": assessment_id or str(uuid4()),
        "goals": ["週1回、居場所に通う"],
        "roles": [{"agency": "shakyo", "role": "訪問と同行"}],
        "direction": "本人のペースで",
        "review_on": "2026-09-30",
        "created_on": "2026-06-05",  # read by a new plan
        "revised_on": "2026-06-06",  # read by a revision
    }


def a_sheet() -> dict[str, Any]:
    return {
        "assessed_on": "2026-06-01",
        "findings": [
            {"area": "person", "choices": ["wants_support"], "note": "外に出たい"},
            {"area": "health", "choices": ["untreated"], "note": "長く受診していない"},
            {"area": "household", "choices": ["parent_and_adult_child"]},
        ],
    }


def given_grounds(api: Api, case_id: str, by: str = RECEIVER) -> str:
    """What a plan rests on: `by` assesses, the city decides (支援決定)."""
    path = f"/v1/cases/{case_id}"
    assessed = api.post(f"{path}/assessments", by, a_sheet())
    assert assessed.status_code == 201, assessed.text
    decided = api.post(
        f"{path}/support-decision", COORDINATOR, {"decided_on": "2026-06-01"}
    )
    assert decided.status_code == 204, decided.text
    assessment_id: str = assessed.json()["assessment_id"]
    return assessment_id


def plan_for(api: Api, case_id: str, by: str = RECEIVER) -> dict[str, Any]:
    """A plan's body resting on a fresh assessment and the city's decision."""
    return plan(given_grounds(api, case_id, by))


def given_case(api: Api) -> str:
    response = api.post("/v1/cases", OWNER, intake())
    assert response.status_code == 201
    case_id: str = response.json()["case_id"]
    return case_id


def given_consented_case(api: Api) -> tuple[str, str]:
    case_id = given_case(api)
    response = api.post(f"/v1/cases/{case_id}/consents", OWNER, consent())
    assert response.status_code == 201
    return case_id, response.json()["consent_id"]


def given_referral(api: Api, accepted: bool = False) -> tuple[str, str]:
    case_id, _ = given_consented_case(api)
    made = api.post(f"/v1/cases/{case_id}/referrals", OWNER, referral())
    referral_id: str = made.json()["referral_id"]
    if accepted:
        path = f"/v1/cases/{case_id}/referrals/{referral_id}/accept"
        assert api.post(path, RECEIVER, {"on": "2026-05-21"}).status_code == 204
    return case_id, referral_id
