"""Builders for application tests: actors, forms and cases in a known state."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from eventsourcing.persistence import Notification

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import (
    ConsentForm,
    IntakeForm,
    OpenedCase,
    PersonForm,
    ReferralForm,
)
from domain.agency_registry import REGISTRY_ID
from domain.referral import ReferralStatus
from tests.support.clock import TestClock

# The ledger's clocks in application tests: acts are dated in May–June 2026
# and recorded on TODAY, within the 90-day backdating window, unless a test
# moves the clock to the day of each act (`clock.set(day)`).
TODAY = date(2026, 6, 30)


def a_clock(day: date = TODAY) -> TestClock:
    return TestClock(day)


INTAKE_WORKER = Actor(uuid4(), "chuo_houkatsu", "caseworker")
RECEIVING_WORKER = Actor(uuid4(), "shakyo", "caseworker")
# Erasure is two people's act: one requests, another (an admin) approves.
REQUESTER = Actor(uuid4(), "fukushi_ka", "supervisor")
APPROVER = Actor(uuid4(), "fukushi_ka", "admin")
NAME = "大田原 花子"
SUMMARY = "長男(52)がひきこもり。母の介護と家計に不安。"


def an_intake(
    name: str = NAME, summary: str = SUMMARY, opened_on: date = date(2026, 5, 12)
) -> IntakeForm:
    return IntakeForm(
        intake_agency="chuo_houkatsu",
        fields=("elderly_care",),
        issues=("8050", "hikikomori"),
        projects=("comprehensive_consultation",),
        route="walk_in",
        opened_on=opened_on,
        person=PersonForm(
            name=name,
            name_kana="オオタワラ ハナコ",
            birth_date=date(1944, 3, 2),
            address="大田原市本町1丁目",
            phone="0287-00-0000",
        ),
        summary=summary,
        confirm_new_person=True,  # every test's person is someone new
    )


def a_consent_form(
    agencies: tuple[str, ...] = ("shakyo", "fukushi_ka"),
    valid_from: date = date(2026, 5, 12),
    valid_until: date = date(2027, 3, 31),
) -> ConsentForm:
    return ConsentForm(
        given_by="person",
        agencies=agencies,
        purposes=("information_sharing", "referral", "coordinated_support_meeting"),
        categories=("basic", "health", "finance"),
        valid_from=valid_from,
        valid_until=valid_until,
    )


def a_referral(day: date = date(2026, 5, 20), to: str = "shakyo") -> ReferralForm:
    return ReferralForm(to, "ひきこもり相談", day)


def given_opened_case(ledger: CaseLedger, name: str = NAME) -> OpenedCase:
    return ledger.open_case(INTAKE_WORKER, an_intake(name=name))


def given_case_with_consent(ledger: CaseLedger) -> tuple[OpenedCase, UUID]:
    opened = given_opened_case(ledger)
    consent_id, _ = ledger.grant_consent(
        INTAKE_WORKER, opened.case_id, a_consent_form()
    )
    return opened, consent_id


def given_requested_referral(ledger: CaseLedger) -> tuple[OpenedCase, UUID]:
    opened, _ = given_case_with_consent(ledger)
    referral = ledger.request_referral(INTAKE_WORKER, opened.case_id, a_referral())
    return opened, referral.referral_id


def given_referred_case(ledger: CaseLedger) -> OpenedCase:
    """A case whose referral to 社協 was accepted on 2026-05-21: 社協 works on it."""
    opened, referral_id = given_requested_referral(ledger)
    version = ledger.move_referral(
        RECEIVING_WORKER,
        opened.case_id,
        referral_id,
        ReferralStatus.ACCEPTED,
        date(2026, 5, 21),
    )
    return OpenedCase(opened.case_id, opened.person_id, version)


def given_erased(ledger: CaseLedger, person_id: UUID, ref: str = "R8-消去-001") -> UUID:
    """The person erased on a request approved by another user (an admin)."""
    request_id, _ = ledger.request_erasure(REQUESTER, person_id, ref, "本人の請求")
    ledger.approve_erasure(APPROVER, person_id, request_id)
    return request_id


def unknown_id() -> UUID:
    return uuid4()


def recorded_after_seeding(ledger: CaseLedger) -> list[Notification]:
    """The notifications of a test's own acts: the registry's seed left out."""
    return [
        n
        for n in ledger.recorder.select_notifications(start=1, limit=1000)
        if n.originator_id != REGISTRY_ID
    ]
