"""Finding 8: refusals leave a trace, and issue codes follow categories (R5, R10)."""

from __future__ import annotations

from tests.interfaces.given_api import AUDITOR, RECEIVER, STRANGER, Api, problem
from tests.interfaces.lawful.given import a_case, a_referred_case


def test_a_refused_read_is_in_the_access_log_with_its_reason(api: Api) -> None:
    case_id = a_case(api)
    # No tie at all to the case: answered as an unknown id would be.
    assert problem(api.get(f"/v1/cases/{case_id}", STRANGER)) == (404, "not_found")

    log = api.get("/v1/audit/access-log", AUDITOR, case_id=case_id, outcome="denied")

    (entry,) = log.json()["entries"]
    assert (entry["agency"], entry["outcome"], entry["reason"]) == (
        "seibu_houkatsu",
        "denied",
        "not_found",
    )


def test_a_sharer_sees_only_the_issue_codes_its_consent_covers(api: Api) -> None:
    referred = a_referred_case(api, categories=["basic", "health"])  # 8050, hikikomori

    shared = api.get(referred.path, RECEIVER).json()

    assert shared["view"] == "shared"
    assert shared["issues"] == ["hikikomori"]  # 8050 reveals the family
    assert shared["fields"] == []  # elderly_care reveals care


def test_a_sharer_covered_for_family_sees_8050(api: Api) -> None:
    covered = ["basic", "health", "family", "care"]
    referred = a_referred_case(api, categories=covered)

    shared = api.get(referred.path, RECEIVER).json()

    assert shared["issues"] == ["8050", "hikikomori"]
    assert shared["fields"] == ["elderly_care"]
