"""The registry's history through storage: dates, changes, organisations."""

from __future__ import annotations

import dataclasses
from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from domain.agency_registry import REGISTRY_ID, AgencyRegistry
from interfaces.config import Settings
from tests.support.clock import TestClock

REGISTRAR = Actor(uuid4(), "fukushi_ka", "administrator")
FY2026_END = date(2027, 3, 31)


def given_organisation(
    ledger: CaseLedger, name_ja: str, registered_on: date = date(2026, 6, 1)
) -> UUID:
    org_id, _ = ledger.register_cooperating_organisation(
        REGISTRAR,
        name_ja=name_ja,
        kind="employer",
        district=None,
        registered_on=registered_on,
    )
    return org_id


def test_the_registry_answers_active_on_a_date_across_a_deactivation(
    ledger: CaseLedger, clock: TestClock
) -> None:
    clock.set(date(2027, 1, 1))
    ledger.deactivate_agency(REGISTRAR, "hikari_kosodate", date(2027, 1, 1), "閉所")

    active = {
        day: {entry.code for entry in ledger.active_agencies(day)}
        for day in (date(2026, 12, 31), FY2026_END)
    }

    assert "hikari_kosodate" in active[date(2026, 12, 31)]
    assert active[FY2026_END] == active[date(2026, 12, 31)] - {"hikari_kosodate"}


def test_a_changed_entry_keeps_its_earlier_version_for_earlier_dates(
    settings: Settings, ledger: CaseLedger, clock: TestClock
) -> None:
    clock.set(date(2026, 10, 1))
    before = ledger.registry().entry("yuzuriha")
    after = dataclasses.replace(before, address="那須塩原市本町1番1号")

    ledger.change_agency(REGISTRAR, after, date(2026, 10, 1))

    fresh = settings.build_ledger()  # read back through storage, not memory
    record = fresh.registry().record("yuzuriha")
    assert record.entry_on(date(2026, 9, 30)) == before
    assert record.entry_on(date(2026, 10, 1)) == after
    fresh.close()


def test_cooperating_organisations_are_counted_at_fiscal_year_end(
    ledger: CaseLedger, clock: TestClock
) -> None:
    farm = given_organisation(ledger, "あゆみ農園")
    clock.set(date(2026, 7, 1))
    npo = given_organisation(ledger, "NPO法人ひだまり", date(2026, 7, 1))
    clock.set(date(2027, 1, 1))

    ledger.deactivate_cooperating_organisation(REGISTRAR, npo, date(2027, 1, 1), "終了")

    counted = ledger.registry().cooperating_organisations(FY2026_END)
    assert [o.org_id for o in counted] == [farm]


def test_a_long_registry_loads_from_a_snapshot_as_from_a_full_replay(
    ledger: CaseLedger,
) -> None:
    for n in range(100 - ledger.registry().version):
        given_organisation(ledger, f"協力事業所{n}")

    from_snapshot = ledger.registry()

    assert ledger.snapshots is not None
    assert [s.originator_version for s in ledger.snapshots.get(REGISTRY_ID)] == [100]
    replayed: AgencyRegistry | None = None
    for event in ledger.events.get(REGISTRY_ID):
        replayed = event.mutate(replayed)  # type: ignore[attr-defined]
    assert vars(replayed) == vars(from_snapshot)
