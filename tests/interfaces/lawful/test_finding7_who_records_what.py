"""Finding 7: only an agency that runs the 事業 fills its indicator (R8, R9).

Capabilities are registry data: ❶–❹ by a 地域包括支援センター, 妊婦等包括
相談 by the こども家庭センター, coordination and plans under 多機関協働 by
an agency that runs it. A wrong record is voided, or re-dated, and the
indicator follows.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.interfaces.given_api import (
    OWNER,
    RECEIVER,
    Api,
    plan,
    plan_for,
    problem,
)
from tests.interfaces.lawful.given import a_case, a_referred_case

REPORTER = "reporter@fukushi_ka"
PCM = "consultation_elderly_preventive_care_management"


def an_activity(
    kind: str, project: str = "comprehensive_consultation"
) -> dict[str, Any]:
    return {"kind": kind, "project": project, "occurred_on": "2026-06-29"}


@pytest.mark.parametrize(
    ("kind", "project"),
    [
        ("preventive_care_management", "comprehensive_consultation"),
        ("rights_advocacy", "comprehensive_consultation"),
        ("pregnancy_consultation", "comprehensive_consultation"),
        ("coordination", "multi_agency"),
    ],
)
def test_an_agency_records_only_what_the_registry_says_it_does(
    api: Api, kind: str, project: str
) -> None:
    referred = a_referred_case(api)  # 社協 works on it: no 包括, no こども家庭

    recorded = api.post(
        f"{referred.path}/activities", RECEIVER, an_activity(kind, project)
    )

    if kind == "coordination":  # 社協 runs 多機関協働: allowed
        assert recorded.status_code == 201, recorded.text
    else:
        assert problem(recorded) == (403, "not_running_project")


def test_a_houkatsu_records_its_own_duties(api: Api) -> None:
    case_id = a_case(api)

    recorded = api.post(
        f"/v1/cases/{case_id}/activities",
        OWNER,
        an_activity("preventive_care_management"),
    )

    assert recorded.status_code == 201


def test_a_plan_under_a_project_the_agency_does_not_run_is_refused(api: Api) -> None:
    case_id = a_case(api)

    made = api.post(f"/v1/cases/{case_id}/plans", OWNER, plan())

    assert problem(made) == (403, "not_running_project")


def pcm_count(api: Api) -> int:
    head = api.ledger.recorder.max_notification_id() or 0
    report = api.get(
        "/v1/reports/indicators", REPORTER, fiscal_year="2026", min_position=str(head)
    ).json()
    line = next(i for i in report["indicators"] if i["indicator_id"] == PCM)
    actual: int = line["actual"]
    return actual


def test_a_voided_activity_counts_nowhere_and_stays_in_history(api: Api) -> None:
    case_id = a_case(api)
    before = pcm_count(api)
    made = api.post(
        f"/v1/cases/{case_id}/activities",
        OWNER,
        an_activity("preventive_care_management"),
    )
    activity_id = made.json()["activity_id"]
    assert pcm_count(api) == before + 1

    voided = api.post(
        f"/v1/cases/{case_id}/activities/{activity_id}/void",
        OWNER,
        {"reason": "誤登録"},
    )

    assert voided.status_code == 204
    assert pcm_count(api) == before
    activities = api.get(f"/v1/cases/{case_id}", OWNER).json()["activities"]
    assert [a["voided_on"] for a in activities] == ["2026-06-30"]


def test_only_the_recording_agency_voids_an_activity(api: Api) -> None:
    referred = a_referred_case(api)
    made = api.post(
        f"{referred.path}/activities", RECEIVER, an_activity("home_visit", "outreach")
    )
    path = f"{referred.path}/activities/{made.json()['activity_id']}/void"

    voided = api.post(path, OWNER, {"reason": "誤登録"})

    assert problem(voided) == (403, "not_recording_agency")


def test_a_wrong_date_is_corrected_by_void_and_record_again(api: Api) -> None:
    case_id = a_case(api)
    made = api.post(
        f"/v1/cases/{case_id}/activities",
        OWNER,
        an_activity("preventive_care_management"),
    )
    old = made.json()["activity_id"]

    corrected = api.post(
        f"/v1/cases/{case_id}/activities/{old}/corrections",
        OWNER,
        {"occurred_on": "2026-06-28", "reason": "日付の誤り"},
    )

    assert corrected.status_code == 201, corrected.text
    assert corrected.json()["replaces"] == old
    activities = api.get(f"/v1/cases/{case_id}", OWNER).json()["activities"]
    live = [a for a in activities if a["voided_on"] is None]
    assert [(a["occurred_on"], a["replaces"]) for a in live] == [("2026-06-28", old)]
    history = api.get(f"/v1/cases/{case_id}/history", "auditor@fukushi_ka").json()
    kinds = [e["type"] for e in history["events"]]
    assert kinds[-2:] == ["Case.ActivityVoided", "Case.ActivityRecorded"]


def test_a_voided_plan_is_no_longer_counted(api: Api) -> None:
    referred = a_referred_case(api)
    body = plan_for(api, referred.case_id)
    made = api.post(f"{referred.path}/plans", RECEIVER, body)
    plan_id = made.json()["plan_id"]

    voided = api.post(
        f"{referred.path}/plans/{plan_id}/void", RECEIVER, {"reason": "二重登録"}
    )

    assert voided.status_code == 204
    plans = api.get(referred.path, OWNER).json()["plans"]
    assert plans[0]["voided_on"] == "2026-06-30"
