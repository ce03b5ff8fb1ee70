"""The agency registry (機関台帳) through storage, on both stores."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from threading import Barrier
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.registry.commands import PLAN_START
from domain.agency_registry import REGISTRY_ID
from domain.catalogue import AGENCIES
from domain.errors import InvalidDateError, UnknownAgencyError
from interfaces.config import Settings
from tests.application.given import (
    INTAKE_WORKER,
    a_referral,
    an_intake,
    given_case_with_consent,
    given_opened_case,
)
from tests.domain.given_registry import an_entry
from tests.support.clock import TestClock

REGISTRAR = Actor(uuid4(), "fukushi_ka", "administrator")
SEEDED_VERSION = len(AGENCIES) + 1  # opened, then one registration per agency


def test_the_first_start_registers_every_plan_agency_from_the_plans_start(
    ledger: CaseLedger,
) -> None:
    registry = ledger.registry()

    assert registry.version == SEEDED_VERSION
    assert len(registry.active_agencies(PLAN_START)) == len(AGENCIES)
    assert registry.active_agencies(date(2026, 3, 31)) == ()


def test_seeding_again_changes_nothing(ledger: CaseLedger) -> None:
    version = ledger.seed_registry()

    assert version == SEEDED_VERSION
    assert ledger.registry().version == SEEDED_VERSION


def test_two_workers_seeding_together_leave_one_registry(settings: Settings) -> None:
    first = settings.build_ledger(create_tables=False)
    first.create_tables()  # tables only: nobody has seeded yet
    first.close()
    ledgers = [settings.build_ledger(create_tables=False) for _ in range(3)]
    together = Barrier(len(ledgers))

    def seed(ledger: CaseLedger) -> int:
        together.wait()
        return ledger.seed_registry()

    with ThreadPoolExecutor(max_workers=len(ledgers)) as pool:
        versions = list(pool.map(seed, ledgers))

    assert versions == [SEEDED_VERSION] * len(ledgers)
    assert len(list(ledgers[0].events.get(REGISTRY_ID))) == SEEDED_VERSION
    for ledger in ledgers:
        ledger.close()


def test_before_seeding_the_catalogue_decides_which_agencies_exist(
    settings: Settings,
) -> None:
    ledger = settings.build_ledger(create_tables=False)
    ledger.create_tables()

    with pytest.raises(UnknownAgencyError):
        ledger.open_case(
            INTAKE_WORKER, dataclasses.replace(an_intake(), intake_agency="x1")
        )

    assert ledger.find_registry() is None
    ledger.close()


def test_an_intake_at_a_deactivated_agency_is_refused(ledger: CaseLedger) -> None:
    ledger.deactivate_agency(REGISTRAR, "chuo_houkatsu", ledger.today(), "統合")

    with pytest.raises(UnknownAgencyError):
        given_opened_case(ledger)


def test_a_referral_to_a_deactivated_agency_is_refused(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    ledger.deactivate_agency(REGISTRAR, "shakyo", ledger.today(), "統合")

    with pytest.raises(UnknownAgencyError):
        ledger.request_referral(INTAKE_WORKER, opened.case_id, a_referral())

    assert ledger.get_case(opened.case_id).version == opened.version + 1


def test_a_deactivation_is_not_dated_ahead_of_today(ledger: CaseLedger) -> None:
    with pytest.raises(InvalidDateError, match="deactivated_on"):
        ledger.deactivate_agency(
            REGISTRAR,
            "chuo_houkatsu",
            ledger.today() + timedelta(days=1),
            "統合",
        )

    assert ledger.registry().is_active("chuo_houkatsu", ledger.today())


def test_an_agency_deactivated_later_took_work_until_then(
    ledger: CaseLedger, clock: TestClock
) -> None:
    opened = given_opened_case(ledger)
    clock.set(date(2026, 7, 15))

    ledger.deactivate_agency(REGISTRAR, "chuo_houkatsu", date(2026, 7, 15), "統合")

    registry = ledger.registry()
    assert registry.is_active("chuo_houkatsu", date(2026, 7, 14))
    assert not registry.is_active("chuo_houkatsu", date(2026, 7, 15))
    assert ledger.get_case(opened.case_id).version == 1


def test_a_newly_registered_agency_takes_work(ledger: CaseLedger) -> None:
    ledger.register_agency(REGISTRAR, an_entry(), PLAN_START)

    opened = ledger.open_case(
        INTAKE_WORKER, dataclasses.replace(an_intake(), intake_agency="minami_kosodate")
    )

    assert ledger.get_case(opened.case_id).intake.agency == "minami_kosodate"
