"""The README's walkthrough as request examples, dated on the ledger's today.

Tried in order in `/docs` they all succeed: intake at 中央包括 (a caseworker
of `chuo_houkatsu`), consent, referral to 社協, then, with a token of 社協
(`shakyo`), acceptance, a home visit and a support plan. Business dates are
today's (the ledger refuses dates in the future or more than 90 days back),
so the examples are made again each day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

WORKER, SHAKYO = "caseworker of chuo_houkatsu", "caseworker of shakyo"

# (operation id, who sends it, what it shows)
STEPS: tuple[tuple[str, str, str], ...] = (
    ("open_case", WORKER, "相談受付: intake at the caller's own window"),
    ("grant_consent", WORKER, "同意: to share with 社協 and 福祉課"),
    ("request_referral", WORKER, "つなぎ: to 社協, resting on the consent"),
    ("accept_referral", SHAKYO, "受諾: by 社協 (a token of shakyo)"),
    ("record_activity", SHAKYO, "活動記録: 社協's home visit"),
)


PERSON = {
    "name": "大田原 花子",
    "name_kana": "オオタワラ ハナコ",
    "birth_date": "1944-03-02",
    "address": "大田原市本町1丁目",
    "phone": "0287-00-0000",
}
INTAKE = {
    "intake_agency": "chuo_houkatsu",
    "fields": ["elderly_care"],
    "issues": ["8050", "hikikomori"],
    "projects": ["comprehensive_consultation"],
    "route": "walk_in",
    "person": PERSON,
    "summary": "長男(52)がひきこもり。母の介護と家計に不安。",
}


def bodies(today: date) -> dict[str, dict[str, Any]]:
    """Each step's request body, on `today`."""
    day = today.isoformat()
    return {
        "open_case": INTAKE | {"opened_on": day},
        "grant_consent": {
            "given_by": "person",
            "agencies": ["shakyo", "fukushi_ka"],
            "purposes": [
                "information_sharing",
                "referral",
                "coordinated_support_meeting",
            ],
            "categories": ["basic", "health", "finance"],
            "valid_from": day,
            "valid_until": (today + timedelta(days=365)).isoformat(),
        },
        "request_referral": {
            "to_agency": "shakyo",
            "reason": "ひきこもり相談・アウトリーチ",
            "requested_on": day,
        },
        "accept_referral": {"on": day},
        "record_activity": {
            "kind": "home_visit",
            "project": "outreach",
            "occurred_on": day,
        },
    }


def add_examples(document: dict[str, Any], today: date) -> None:
    """Put each step's body into its operation's request, numbered in order."""
    made = bodies(today)
    operations = {
        op["operationId"]: op
        for item in document.get("paths", {}).values()
        for op in item.values()
    }
    for number, (operation_id, who, summary) in enumerate(STEPS, start=1):
        content = operations[operation_id]["requestBody"]["content"]
        content["application/json"]["examples"] = {
            "walkthrough": {
                "summary": f"{number}. {summary} ({who})",
                "value": made[operation_id],
            }
        }
