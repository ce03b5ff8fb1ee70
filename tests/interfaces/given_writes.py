"""Every POST route of the API called once, in an order that makes each valid."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.interfaces.given_api import (
    ADMIN,
    COORDINATOR,
    OWNER,
    RECEIVER,
    Api,
    a_sheet,
    consent,
    intake,
    plan,
    referral,
)
from tests.interfaces.given_people import settled

CASE = "/v1/cases/{case_id}"
REFERRAL = CASE + "/referrals/{referral_id}"
PLAN = CASE + "/plans/{plan_id}"
MEETING = "/v1/meetings/{meeting_id}"
PERSON = "/v1/people/{person_id}"
HOUSEHOLD = "/v1/households/{household_id}"
ERASURE = PERSON + "/erasure-requests/{request_id}"
RIGHTS = PERSON + "/rights-requests/{request_id}"
SUPERVISOR = "supervisor@fukushi_ka"
SECOND_ADMIN = "admin@chuo_houkatsu"
MEMBERS = ["fukushi_ka", "shakyo", "chuo_houkatsu"]
VISIT = {"kind": "home_visit", "project": "outreach", "occurred_on": "2026-06-30"}
CONSULTATION: dict[str, Any] = {
    "agency": "shakyo",
    "consulted_on": "2026-06-30",
    "route": "phone",
    "fields": ["livelihood"],
    "profile": {"sex": "female", "consulter": "family", "problems": ["debt"]},
}
AGENCY: dict[str, Any] = {
    "code": "writes_soudan",
    "name_ja": "書込確認センター",
    "projects": ["comprehensive_consultation"],
    "operation": "consigned",
    "registered_on": "2026-05-01",
}


@dataclass
class Writes:
    """The answers, by the route's path template; the ids made along the way."""

    api: Api
    ids: dict[str, str] = field(default_factory=dict)
    answers: dict[str, httpx.Response] = field(default_factory=dict)

    def post(self, template: str, who: str, body: Any = None) -> dict[str, Any]:
        response = self.api.post(template.format(**self.ids), who, body)
        assert response.status_code < 300, (template, response.text)
        self.answers[template] = response
        found: dict[str, Any] = response.json() if response.content else {}
        self.ids.update({k: v for k, v in found.items() if k.endswith("_id")})
        return found


def referral_writes(w: Writes) -> None:
    """The accepted referral 社協 works under is completed; two more are not."""
    w.post(REFERRAL + "/complete", RECEIVER, {"outcome": "居場所につながった"})
    w.post(CASE + "/referrals", OWNER, referral())
    w.post(REFERRAL + "/decline", RECEIVER, {"reason": "対象外"})
    w.post(CASE + "/referrals", OWNER, referral())
    w.post(REFERRAL + "/cancel", OWNER, {"reason": "本人の希望"})


def meeting_writes(w: Writes) -> None:
    kind = "coordinated_support_meeting"
    w.post(
        "/v1/meetings",
        COORDINATOR,
        {"kind": kind, "held_on": "2026-06-10", "agencies": MEMBERS}
        | {"case_ids": [w.ids["case_id"]]},
    )
    ack = {"agency": "shakyo", "member_name": "相談員A"}
    w.post(MEETING + "/acknowledgements", COORDINATOR, ack)
    disclosure = {
        "case_id": w.ids["case_id"],
        "disclosed_by": "chuo_houkatsu",
        "recipients": ["shakyo"],
        "categories": ["health"],
        "summary": "通院歴を共有",
    }
    w.post(MEETING + "/disclosures", COORDINATOR, disclosure)
    decision = {"case_id": w.ids["case_id"], "text": "訪問を継続"}
    w.post(MEETING + "/decisions", COORDINATOR, decision)
    approval = {"case_id": w.ids["case_id"], "plan_id": w.ids["plan_id"]}
    w.post(MEETING + "/plan-approvals", COORDINATOR, approval | {"revision": 2})
    w.post(MEETING + "/close", COORDINATOR, {"closed_on": "2026-06-10"})


def merge_writes(w: Writes) -> None:
    """A second record of the case's person, merged into the first (名寄せ)."""
    other = w.api.post("/v1/cases", OWNER, intake()).json()
    settled(w.api)
    absorbed = {"absorbed_id": other["person_id"]}
    w.post("/v1/persons/{person_id}/merge", "supervisor@chuo_houkatsu", absorbed)


def case_writes(w: Writes) -> None:
    """A case's life in one day (TODAY): 社協 works on it by an accepted referral."""
    w.post("/v1/cases", OWNER, intake())
    merge_writes(w)
    w.post("/v1/consultations", RECEIVER, CONSULTATION)
    withdrawal = {"reason": "二重登録"}
    w.post("/v1/consultations/{consultation_id}/withdraw", RECEIVER, withdrawal)
    w.post(CASE + "/consents", OWNER, consent())
    w.post(CASE + "/referrals", OWNER, referral())
    w.post(REFERRAL + "/accept", RECEIVER, {"on": "2026-05-21"})
    w.post(CASE + "/activities", RECEIVER, VISIT)
    correction = {"occurred_on": "2026-06-29", "reason": "日付の誤り"}
    w.post(CASE + "/activities/{activity_id}/corrections", RECEIVER, correction)
    w.post(CASE + "/activities/{activity_id}/void", RECEIVER, {"reason": "誤登録"})
    sheet = a_sheet()
    w.post(CASE + "/assessments", RECEIVER, sheet)
    w.post(CASE + "/assessments/{assessment_id}/revisions", RECEIVER, sheet)
    w.post(CASE + "/support-decision", COORDINATOR, {"decided_on": "2026-06-01"})
    w.post(CASE + "/plans", RECEIVER, plan(w.ids["assessment_id"]))
    w.post(PLAN + "/revisions", RECEIVER, plan())
    w.post(PLAN + "/agreements", RECEIVER, {"revision": 2, "how": "signed"})
    goal = {"goal": 1, "progress": "improving", "changes": "外出が増えた"}
    w.post(PLAN + "/monitorings", RECEIVER, {"goals": [goal]})
    keep = {"outcome": "continue", "next_review_on": "2026-12-01"}
    w.post(PLAN + "/evaluations", RECEIVER, keep)
    meeting_writes(w)
    referral_writes(w)
    w.post(PLAN + "/end", OWNER, {"ended_on": "2026-06-30", "reason": "達成"})
    w.post(PLAN + "/void", RECEIVER, {"reason": "二重登録"})
    withdrawal = {"withdrawn_on": "2026-06-30"}
    w.post(CASE + "/consents/{consent_id}/withdraw", OWNER, withdrawal)
    closure = {"closed_on": "2026-06-30", "reason_code": "goals_reached"}
    w.post(CASE + "/close", OWNER, closure)
    w.post(CASE + "/reopen", OWNER, {"reopened_on": "2026-06-30"})
    handover_writes(w)


def handover_writes(w: Writes) -> None:
    """The case handed to 社協 on a statute, which names its worker."""
    reason = {"kind": "statute", "code": "appi_operator_life_or_body"}
    basis = reason | {"reason": "生命の危険があり本人の同意を得られない"}
    transfer = {"to_agency": "shakyo", "basis": basis}
    w.post(CASE + "/transfer", "supervisor@chuo_houkatsu", transfer)
    worker, _ = w.api.ledger.add_user("相談員B", "shakyo", "caseworker")
    w.post(CASE + "/worker", "supervisor@shakyo", {"worker": str(worker)})


def admin_writes(w: Writes) -> None:
    user = {"name": "相談員C", "agency": "shakyo", "role": "caseworker"}
    w.post("/v1/users", ADMIN, user)
    w.post("/v1/users/{user_id}/deactivate", ADMIN, {"reason": "退職"})
    w.post("/v1/registry/agencies", ADMIN, AGENCY)
    w.ids["code"] = AGENCY["code"]
    deactivation = {"deactivated_on": "2026-05-15", "reason": "統合のため"}
    w.post("/v1/registry/agencies/{code}/deactivate", ADMIN, deactivation)
    organisation = {"name_ja": "農園", "kind": "farm", "registered_on": "2026-05-01"}
    w.post("/v1/registry/organisations", ADMIN, organisation)
    rights_writes(w)
    erasure_writes(w)


def rights_writes(w: Writes) -> None:
    """開示, 訂正 (identity and a note), 利用停止 and its lifting, a refusal."""
    rights = PERSON + "/rights-requests"

    def request(kind: str, ref: str) -> None:
        w.post(rights, ADMIN, {"kind": kind, "request_ref": ref})

    request("disclosure", "R8-開示-001")
    w.post(RIGHTS + "/disclose", ADMIN)
    request("correction", "R8-訂正-001")
    name = {"request_id": w.ids["request_id"], "name": "大田原 華子"}
    w.post(PERSON + "/identity-corrections", ADMIN, name)
    request("correction", "R8-訂正-002")
    note = {"request_id": w.ids["request_id"], "record": "summary"}
    note |= {"record_id": w.ids["case_id"], "note": "長男は49歳"}
    w.post(CASE + "/correction-notes", ADMIN, note)
    request("suspension", "R8-停止-001")
    w.post(RIGHTS + "/suspend", ADMIN)
    w.post(PERSON + "/suspension/lift", ADMIN, {"reason": "理由が解消した"})
    request("disclosure", "R8-開示-002")
    w.post(RIGHTS + "/refuse", ADMIN, {"reason": "同一内容の請求を開示済み"})


def erasure_writes(w: Writes) -> None:
    """A request refused, then another approved by a second admin: erased last."""
    request = {"request_ref": "R8-消去-001", "reason": "本人からの消去請求"}
    w.post(PERSON + "/erasure-requests", SUPERVISOR, request)
    w.post(ERASURE + "/refuse", ADMIN, {"reason": "保存義務のある記録"})
    w.post(PERSON + "/erasure-requests", SUPERVISOR, request)
    w.post(ERASURE + "/approve", SECOND_ADMIN)


def household_writes(w: Writes) -> None:
    """A household formed, a member registered, corrected, leaving; one joins."""
    w.post("/v1/households", OWNER, {"formed_on": "2026-06-30"})
    son = {"name": "大田原 一郎", "birth_date": "1974-01-05"}
    member = {"person": son, "relationship": "child", "since": "2026-06-30"}
    w.post(HOUSEHOLD + "/members", OWNER, member)
    relationship = {"relationship": "grandchild"}
    w.post(HOUSEHOLD + "/members/{person_id}/relationship", OWNER, relationship)
    w.post(HOUSEHOLD + "/members/{person_id}/leave", OWNER, {"until": "2026-06-30"})
    joining = {"household_id": w.ids["household_id"], "relationship": "head"}
    w.post("/v1/cases", OWNER, intake(household=joining, opened_on="2026-06-30"))


def every_write(api: Api) -> dict[str, httpx.Response]:
    """Call every POST route once; the answers by the route's path template."""
    writes = Writes(api)
    case_writes(writes)
    admin_writes(writes)
    household_writes(writes)
    return writes.answers
