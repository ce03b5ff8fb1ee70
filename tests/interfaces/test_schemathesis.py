"""Schemathesis over the OpenAPI document: no input makes the service fail (5xx).

The app runs in-process (ASGI) on a fresh SQLite file, with real users and
tokens. Path ids are swapped for those of a real case, referral, plan and
meeting, so generated bodies reach the domain rules instead of stopping at
404; each operation is called as the role that may perform it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    CHECKS,
    CheckContext,
    CheckFunction,
    load_all_checks,
    positive_data_acceptance,
)
from schemathesis.python import asgi

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from domain.referral import ReferralStatus
from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.application.given import a_consent_form, a_referral, an_intake
from tests.application.given_plans import a_plan_form, given_grounds
from tests.interfaces.given_api import TODAY
from tests.support.clock import TestClock


@schemathesis.check
def valid_data_passes_validation(
    ctx: CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """`positive_data_acceptance`, less the ledger's rules.

    A request the document allows is never refused as `invalid_request` (the
    document and the validation would disagree). The ledger's rules may still
    refuse it with their own problem: a date outside the window that moves
    with today, an unknown agency, a version, a tree size beyond the log —
    none of which a schema can say.
    """
    del ctx
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code == 422:
        kind = response.json().get("type", "")
        assert kind != "urn:jusou:problem:invalid_request", response.text
    return None


load_all_checks()
# `--checks all`, with the rule-aware acceptance check in place of the plain one.
ALL_CHECKS: list[CheckFunction] = [
    check
    for check in CHECKS.get_all()
    if not isinstance(check, type) and check is not positive_data_acceptance
] + [valid_data_passes_validation]
ROLES_BY_PATH = (
    ("/v1/cases/{case_id}/referrals/{referral_id}/accept", "caseworker", "shakyo"),
    ("/v1/cases/{case_id}/referrals/{referral_id}/decline", "caseworker", "shakyo"),
    ("/v1/cases/{case_id}/referrals/{referral_id}/complete", "caseworker", "shakyo"),
    ("/v1/meetings", "coordinator", "fukushi_ka"),
    ("/v1/users", "admin", "fukushi_ka"),
    ("/v1/audit", "auditor", "fukushi_ka"),
    ("/v1/ledger", "auditor", "fukushi_ka"),
    ("/v1/reports", "reporter", "fukushi_ka"),
    ("/v1/cases/{case_id}/history", "supervisor", "chuo_houkatsu"),
)


@dataclass
class World:
    """Real users and records the generated requests are pointed at."""

    tokens: dict[str, str]
    ids: dict[str, str]

    def caller(self, path: str) -> str:
        for prefix, role, agency in ROLES_BY_PATH:
            if path.startswith(prefix):
                return self.tokens[f"{role}@{agency}"]
        return self.tokens["caseworker@chuo_houkatsu"]

    def aim(self, case: schemathesis.Case[Any]) -> None:
        # A negative case may have its mutation in a path id: swapping in a
        # real id would make it valid, and its acceptance look like a failure.
        negative = case.meta is not None and case.meta.generation.mode.is_negative
        for name in list(case.path_parameters):
            if name in self.ids and not negative:
                case.path_parameters[name] = self.ids[name]
        token = self.caller(case.operation.path)
        case.headers["Authorization"] = f"Bearer {token}"
        if case.query and "min_position" in case.query:
            # The read-model routes wait up to 2 s for a position never reached:
            # correct, but it would spend this run's time budget on sleeping.
            case.query["min_position"] = 0
        if isinstance(case.body, dict) and "intake_agency" in case.body:
            case.body["intake_agency"] = "chuo_houkatsu"  # past the policy check


def given_world(ledger: CaseLedger) -> World:
    tokens: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    for who in (
        "caseworker@chuo_houkatsu",
        "caseworker@shakyo",
        "coordinator@fukushi_ka",
        "admin@fukushi_ka",
        "auditor@fukushi_ka",
        "reporter@fukushi_ka",
        "supervisor@chuo_houkatsu",
    ):
        role, agency = who.split("@")
        user_id, tokens[who] = ledger.add_user(who, agency, role)
        actors[who] = Actor(user_id, agency, role)
    return World(tokens, given_records(ledger, actors))


def given_case_records(
    ledger: CaseLedger, owner: Actor, receiver: Actor
) -> dict[str, UUID]:
    case_id = ledger.open_case(owner, an_intake()).case_id
    consent_id, _ = ledger.grant_consent(owner, case_id, a_consent_form())
    accepted = ledger.request_referral(owner, case_id, a_referral())
    ledger.move_referral(
        receiver,
        case_id,
        accepted.referral_id,
        ReferralStatus.ACCEPTED,
        date(2026, 5, 21),
    )
    made = ledger.request_referral(owner, case_id, a_referral(to="fukushi_ka"))
    plan_id, _ = ledger.create_plan(
        receiver,
        case_id,
        project="multi_agency",
        form=a_plan_form(),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, case_id, receiver),
    )
    return {
        "case_id": case_id,
        "consent_id": consent_id,
        "referral_id": made.referral_id,
        "plan_id": plan_id,
    }


def given_records(ledger: CaseLedger, actors: dict[str, Actor]) -> dict[str, str]:
    ids = given_case_records(
        ledger, actors["caseworker@chuo_houkatsu"], actors["caseworker@shakyo"]
    )
    ids["meeting_id"] = ledger.convene_meeting(
        actors["coordinator@fukushi_ka"],
        "support_meeting",
        date(2026, 6, 10),
        ("fukushi_ka", "shakyo", "chuo_houkatsu"),
        (ids["case_id"],),
    )
    ids["user_id"] = actors["reporter@fukushi_ka"].user_id
    return {name: str(value) for name, value in ids.items()}


# Made at import so that schemathesis can make one test per operation; only the
# OpenAPI document is built here: the app's lifespan (and its database) starts
# with the first request.
FUZZ_DIR = Path(tempfile.mkdtemp(prefix="jusou-fuzz-"))
atexit.register(shutil.rmtree, FUZZ_DIR, ignore_errors=True)
APP = create_app(Settings(f"sqlite:///{FUZZ_DIR}/fuzz.db", os.urandom(32), "test"))
schema = schemathesis.openapi.from_dict(APP.openapi())
schema.app = APP
schema.config.phases.coverage.unexpected_methods = set()  # 405s prove nothing here


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with asgi.get_client(APP) as client:  # type: ignore[arg-type]  # starts the lifespan: the ledger exists
        assert client.get("/healthz").status_code == 200
    ledger = APP.state.ledger
    clock = TestClock(TODAY)
    ledger.today, ledger.now = clock.today, clock.now
    yield given_world(ledger)
    asgi.shutdown_lifespans()


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_input_makes_the_service_fail(
    case: schemathesis.Case[Any], world: World
) -> None:
    world.aim(case)

    case.call_and_validate(checks=ALL_CHECKS)
