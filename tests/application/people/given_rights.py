"""Builders for the person's rights through the ledger: requests and answers."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import OpenedCase
from application.meetings.commands import DisclosureForm
from application.people.disclosure_copy import DisclosureCopy
from tests.application.given import (
    INTAKE_WORKER,
    RECEIVING_WORKER,
    a_consent_form,
    an_intake,
    given_referred_case,
)
from tests.application.given_plans import a_home_visit

OFFICER = Actor(uuid4(), "fukushi_ka", "admin")  # the city's officer (窓口)
HOLDER_SUPERVISOR = Actor(uuid4(), "chuo_houkatsu", "supervisor")
COORDINATOR = Actor(uuid4(), "fukushi_ka", "coordinator")
OTHER_NAME = "那須 次郎"
OTHER_SUMMARY = "次郎さんの借金の相談"
OTHER_DISCLOSED = "次郎さんの家計の状況を共有"
DISCLOSED = "花子さんの通院歴を共有"
VISIT_NOTE = "玄関先で10分話せた"


def given_request(
    ledger: CaseLedger, person_id: UUID, kind: str, ref: str | None = None
) -> UUID:
    request_id, _ = ledger.request_right(
        OFFICER, person_id, kind, ref or f"R8-{kind}-001"
    )
    return request_id


def given_copy(ledger: CaseLedger, person_id: UUID) -> DisclosureCopy:
    request_id = given_request(ledger, person_id, "disclosure")
    ledger.answer_disclosure(OFFICER, person_id, request_id)
    return ledger.disclosure_copy(OFFICER, person_id, request_id)


def given_two_people_at_one_meeting(
    ledger: CaseLedger,
) -> tuple[OpenedCase, OpenedCase]:
    """花子's case (referred to 社協) and 次郎's, both disclosed at one meeting."""
    hanako = given_referred_case(ledger)
    jiro = ledger.open_case(
        INTAKE_WORKER, an_intake(name=OTHER_NAME, summary=OTHER_SUMMARY)
    )
    ledger.grant_consent(INTAKE_WORKER, jiro.case_id, a_consent_form())
    meeting_id = given_shared_meeting(ledger, hanako, jiro)
    ledger.disclose(COORDINATOR, meeting_id, a_disclosure(hanako.case_id, DISCLOSED))
    ledger.disclose(
        COORDINATOR, meeting_id, a_disclosure(jiro.case_id, OTHER_DISCLOSED)
    )
    return hanako, jiro


def a_disclosure(case_id: UUID, summary: str) -> DisclosureForm:
    return DisclosureForm(
        case_id=case_id,
        disclosed_by="chuo_houkatsu",
        recipients=("shakyo",),
        categories=("health", "finance"),
        summary=summary,
    )


def given_shared_meeting(ledger: CaseLedger, *cases: OpenedCase) -> UUID:
    members = ("fukushi_ka", "shakyo", "chuo_houkatsu")
    return ledger.convene_meeting(
        COORDINATOR,
        "coordinated_support_meeting",
        date(2026, 6, 10),
        members,
        tuple(c.case_id for c in cases),
    )


def given_visit(ledger: CaseLedger, opened: OpenedCase) -> UUID:
    activity_id, _ = ledger.record_activity(
        RECEIVING_WORKER, opened.case_id, a_home_visit(VISIT_NOTE)
    )
    return activity_id
