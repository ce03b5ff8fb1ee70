"""A caseworker's day over HTTP against a real `jusou serve` on PostgreSQL.

Tokens are minted the way the README says, with `jusou users add` as a
separate process on the same database: intake → consent → referral →
acceptance by the other agency, and an agency without consent refused.
"""

from __future__ import annotations

import base64
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from domain.catalogue import TOKYO
from tests.application.conftest import postgres_schema_url
from tests.e2e.test_serve import JUSOU, serve

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]


@dataclass
class Service:
    """A running service, and the environment its CLI shares."""

    base: str
    env: dict[str, str]
    cwd: Path
    tokens: dict[str, str] = field(default_factory=dict)

    def token(self, agency: str, role: str) -> str:
        if f"{role}@{agency}" not in self.tokens:
            self.tokens[f"{role}@{agency}"] = self._mint(agency, role)
        return self.tokens[f"{role}@{agency}"]

    def _mint(self, agency: str, role: str) -> str:
        name = f"{role} of {agency}"
        result = subprocess.run(
            [str(JUSOU), "users", "add", name, "--agency", agency, "--role", role],
            env={**os.environ, **self.env},
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return result.stdout.strip()


def key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


@pytest.fixture(scope="module")
def service(
    tmp_path_factory: pytest.TempPathFactory, postgres_database_url: str
) -> Iterator[Service]:
    env = {
        "JUSOU_DATABASE_URL": postgres_schema_url(postgres_database_url),
        "JUSOU_MASTER_KEY": key(),
        "JUSOU_SIGNING_KEY": key(),
    }
    cwd = tmp_path_factory.mktemp("serve")
    for base in serve(env, cwd):
        yield Service(base, env, cwd)


def call(
    service: Service, token: str, path: str, body: Any = None, **headers: str
) -> httpx.Response:
    auth = {"Authorization": f"Bearer {token}", **headers}
    url = f"{service.base}{path}"
    if body is None:
        return httpx.get(url, headers=auth, timeout=30)
    return httpx.post(url, json=body, headers=auth, timeout=30)


def problem_type(response: httpx.Response) -> str:
    type_: str = response.json()["type"]
    return type_.rsplit(":", 1)[-1]


Day = dict[str, httpx.Response]


def intake_and_consent(service: Service, worker: str, today: date) -> Day:
    intake = {
        "intake_agency": "chuo_houkatsu",
        "fields": ["elderly_care"],
        "issues": ["8050", "hikikomori"],
        "route": "walk_in",
        "opened_on": today.isoformat(),
        "person": {"name": "大田原 花子", "birth_date": "1944-03-02"},
        "summary": "長男(52)がひきこもり。母の介護と家計に不安。",
    }
    consent = {
        "given_by": "person",
        "agencies": ["shakyo"],
        "purposes": ["information_sharing", "referral"],
        "categories": ["basic"],
        "valid_from": today.isoformat(),
        "valid_until": (today + timedelta(days=365)).isoformat(),
    }
    opened = call(service, worker, "/v1/cases", intake)
    path = f"/v1/cases/{opened.json()['case_id']}/consents"
    granted = call(
        service, worker, path, consent, **{"If-Match": opened.headers["etag"]}
    )
    return {"opened": opened, "granted": granted}


def referral_and_reads(service: Service, case: str, today: date) -> Day:
    worker, receiver = (
        service.token("chuo_houkatsu", "caseworker"),
        service.token("shakyo", "caseworker"),
    )
    stranger = service.token("seibu_houkatsu", "caseworker")
    referral = {"reason": "ひきこもり相談", "requested_on": today.isoformat()}
    to_other = {**referral, "to_agency": "yuzuriha"}
    day = {
        "refused_read": call(service, stranger, case),
        "refused_referral": call(service, worker, f"{case}/referrals", to_other),
        "made": call(
            service, worker, f"{case}/referrals", {**referral, "to_agency": "shakyo"}
        ),
    }
    step = f"{case}/referrals/{day['made'].json()['referral_id']}/accept"
    etag = day["made"].headers["etag"]
    day["accepted"] = call(service, receiver, step, {}, **{"If-Match": etag})
    day["shared"] = call(service, receiver, case)
    day["full"] = call(service, worker, case)
    return day


@pytest.fixture(scope="module")
def day(service: Service) -> Day:
    """The day, once: each test below checks one part of it."""
    today = datetime.now(TOKYO).date()
    worker = service.token("chuo_houkatsu", "caseworker")
    auditor = service.token("fukushi_ka", "auditor")
    made = intake_and_consent(service, worker, today)
    case_id = made["opened"].json()["case_id"]
    made |= referral_and_reads(service, f"/v1/cases/{case_id}", today)
    made["agencies"] = call(service, worker, "/v1/agencies")
    made["log"] = call(service, auditor, f"/v1/audit/access-log?case_id={case_id}")
    return made


def test_a_token_minted_by_the_cli_lists_the_registry(day: Day) -> None:
    assert "chuo_houkatsu" in {a["code"] for a in day["agencies"].json()}


def test_intake_and_consent_are_recorded(day: Day) -> None:
    assert (day["opened"].status_code, day["granted"].status_code) == (201, 201)
    assert day["granted"].headers["etag"] == '"2"'


def test_an_agency_with_no_tie_to_the_case_is_answered_404_not_found(day: Day) -> None:
    refused = day["refused_read"]

    assert (refused.status_code, problem_type(refused)) == (404, "not_found")


def test_a_referral_to_an_agency_without_consent_is_refused_403(day: Day) -> None:
    refused = day["refused_referral"]

    assert (refused.status_code, problem_type(refused)) == (403, "consent_required")


def test_the_referral_rests_on_the_consent_and_is_accepted(day: Day) -> None:
    basis = day["made"].json()["basis"]
    assert (basis["kind"], basis["consent_id"]) == (
        "consent",
        day["granted"].json()["consent_id"],
    )
    assert day["accepted"].status_code == 204
    assert day["full"].json()["referrals"][0]["status"] == "accepted"


def test_the_receiver_sees_the_shared_view_without_the_summary(day: Day) -> None:
    shared = day["shared"].json()

    assert (shared["view"], shared["summary"]) == ("shared", None)
    assert shared["person"]["name"] == "大田原 花子"


def test_the_auditor_sees_who_read_the_case_and_who_was_refused(day: Day) -> None:
    entries = day["log"].json()["entries"]

    assert [(e["action"], e["outcome"]) for e in entries] == [
        ("read", "denied"),
        ("read_shared", "allowed"),
        ("read_full", "allowed"),
    ]
    assert entries[0]["reason"] == "not_found"
