"""The agency registry (機関台帳): registering, changing, deactivating agencies."""

from __future__ import annotations

from datetime import date

import pytest

from domain.agency_registry import REGISTRY_ID, AgencyRegistry
from domain.catalogue import AGENCIES
from domain.errors import (
    AgencyAlreadyRegisteredError,
    AgencyDeactivatedError,
    InvalidAgencyEntryError,
    RegistryDateOrderError,
    UnknownAgencyError,
)
from tests.domain.given_registry import (
    FY2026_END,
    PLAN_START,
    REGISTRAR,
    an_entry,
    given_deactivated,
    given_empty_registry,
    given_registry_with,
    given_seeded_registry,
)


def test_opening_the_registry_uses_the_one_fixed_id() -> None:
    registry = AgencyRegistry.open(REGISTRAR)

    events = registry.collect_events()

    assert registry.id == REGISTRY_ID
    assert [type(e) for e in events] == [AgencyRegistry.Opened]


def test_registering_an_agency_records_its_entry_and_date() -> None:
    registry = given_empty_registry()

    registry.register(an_entry(), date(2026, 7, 1), REGISTRAR)

    [registered] = registry.collect_events()
    assert isinstance(registered, AgencyRegistry.AgencyRegistered)
    assert registered.entry == an_entry()
    assert registered.registered_on == date(2026, 7, 1)
    assert registry.entry("minami_kosodate") == an_entry()


def test_registering_a_code_twice_is_refused() -> None:
    registry = given_registry_with(an_entry())

    with pytest.raises(AgencyAlreadyRegisteredError):
        registry.register(an_entry(name_ja="別の名前"), PLAN_START, REGISTRAR)

    assert registry.collect_events() == []


@pytest.mark.parametrize("code", ["Minami", "みなみ", "a", "minami-kosodate", "_x1"])
def test_a_code_that_is_not_an_ascii_slug_is_refused(code: str) -> None:
    registry = given_empty_registry()

    with pytest.raises(InvalidAgencyEntryError):
        registry.register(an_entry(code=code), PLAN_START, REGISTRAR)

    assert registry.collect_events() == []


@pytest.mark.parametrize(
    "changes",
    [
        {"fields": ("gardening",)},
        {"projects": ("tourism",)},
        {"projects": ()},
        {"operation": "franchise"},
        {"facility_types": ("library",)},
        {"name_ja": " "},
        {"section": "保育課"},
    ],
)
def test_an_entry_outside_the_catalogue_is_refused(changes: dict[str, object]) -> None:
    registry = given_empty_registry()

    with pytest.raises(InvalidAgencyEntryError):
        registry.register(an_entry(**changes), PLAN_START, REGISTRAR)

    assert registry.collect_events() == []


def test_changing_an_agency_records_the_full_new_entry() -> None:
    registry = given_registry_with(an_entry())
    moved = an_entry(address="美原2丁目2番2号", operation="consigned")

    registry.change(moved, date(2026, 10, 1), REGISTRAR)

    [changed] = registry.collect_events()
    assert isinstance(changed, AgencyRegistry.AgencyChanged)
    assert (changed.entry, changed.changed_on) == (moved, date(2026, 10, 1))
    assert registry.entry("minami_kosodate") == moved


def test_changing_to_the_same_entry_records_nothing() -> None:
    registry = given_registry_with(an_entry())

    registry.change(an_entry(), date(2026, 10, 1), REGISTRAR)

    assert registry.collect_events() == []


def test_changing_an_unknown_agency_is_refused() -> None:
    registry = given_seeded_registry()

    with pytest.raises(UnknownAgencyError):
        registry.change(an_entry(), date(2026, 10, 1), REGISTRAR)

    assert registry.collect_events() == []


def test_a_change_dated_before_the_latest_change_is_refused() -> None:
    registry = given_registry_with(an_entry(), on=date(2026, 7, 1))

    with pytest.raises(RegistryDateOrderError):
        registry.change(an_entry(address="移転先"), date(2026, 6, 30), REGISTRAR)

    assert registry.collect_events() == []


def test_deactivating_an_agency_records_the_date_and_reason() -> None:
    registry = given_seeded_registry()

    registry.deactivate("hikari_kosodate", date(2027, 1, 1), "閉所", REGISTRAR)

    [deactivated] = registry.collect_events()
    assert isinstance(deactivated, AgencyRegistry.AgencyDeactivated)
    assert deactivated.code == "hikari_kosodate"
    assert deactivated.deactivated_on == date(2027, 1, 1)
    assert deactivated.reason == "閉所"


def test_deactivating_an_unknown_agency_is_refused() -> None:
    registry = given_seeded_registry()

    with pytest.raises(UnknownAgencyError):
        registry.deactivate("nowhere", date(2027, 1, 1), "閉所", REGISTRAR)

    assert registry.collect_events() == []


def test_changing_a_deactivated_agency_is_refused() -> None:
    registry = given_deactivated("hikari_kosodate", date(2027, 1, 1))
    entry = registry.entry("hikari_kosodate")

    with pytest.raises(AgencyDeactivatedError):
        registry.change(entry, date(2027, 2, 1), REGISTRAR)

    assert registry.collect_events() == []


def test_deactivating_a_deactivated_agency_is_refused() -> None:
    registry = given_deactivated("hikari_kosodate", date(2027, 1, 1))

    with pytest.raises(AgencyDeactivatedError):
        registry.deactivate("hikari_kosodate", date(2027, 2, 1), "重複", REGISTRAR)

    assert registry.collect_events() == []


def test_an_agency_is_active_from_registration_until_deactivation() -> None:
    registry = given_deactivated("hikari_kosodate", date(2027, 1, 1))

    active = {
        day: {e.code for e in registry.active_agencies(day)}
        for day in (date(2026, 3, 31), PLAN_START, date(2026, 12, 31), FY2026_END)
    }

    assert active[date(2026, 3, 31)] == set()
    assert len(active[PLAN_START]) == len(AGENCIES)
    assert "hikari_kosodate" in active[date(2026, 12, 31)]
    assert "hikari_kosodate" not in active[FY2026_END]
