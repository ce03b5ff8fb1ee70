"""Finding 4: a deactivated agency loses every case right that day (R4)."""

from __future__ import annotations

from tests.interfaces.given_api import ADMIN, OWNER, RECEIVER, TODAY, Api, problem
from tests.interfaces.lawful.given import a_referred_case


def deactivate(api: Api, code: str) -> None:
    body = {"deactivated_on": TODAY.isoformat(), "reason": "事業の廃止"}
    made = api.post(f"/v1/registry/agencies/{code}/deactivate", ADMIN, body)
    assert made.status_code < 300, made.text


def test_a_deactivated_agency_neither_reads_nor_works_on_any_case(api: Api) -> None:
    referred = a_referred_case(api)
    assert api.get(referred.path, RECEIVER).status_code == 200
    own = api.post(
        "/v1/cases",
        RECEIVER,
        {
            "intake_agency": "shakyo",
            "fields": ["livelihood"],
            "route": "walk_in",
            "opened_on": "2026-06-01",
            "person": {"name": "見本 太郎"},
            "summary": "家計の相談",
        },
    )
    own_path = f"/v1/cases/{own.json()['case_id']}"
    deactivate(api, "shakyo")

    shared = api.get(referred.path, RECEIVER)
    full = api.get(own_path, RECEIVER)
    closed = api.post(
        f"{own_path}/close",
        RECEIVER,
        {"closed_on": "2026-06-30", "reason_code": "handed_over"},
    )

    assert problem(shared) == (403, "agency_inactive")
    assert problem(full) == (403, "agency_inactive")
    assert problem(closed) == (403, "agency_inactive")


def test_a_deactivated_agency_gets_no_new_work(api: Api) -> None:
    deactivate(api, "chuo_houkatsu")

    opened = api.post(
        "/v1/cases",
        OWNER,
        {
            "intake_agency": "chuo_houkatsu",
            "fields": ["elderly_care"],
            "route": "walk_in",
            "opened_on": "2026-06-01",
            "person": {"name": "見本 花子"},
            "summary": "介護の相談",
        },
    )

    assert problem(opened) == (403, "agency_inactive")
