"""Cooperating organisations (協力機関・団体) of 参加支援 in the registry."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.agency_registry import AgencyRegistry
from domain.errors import (
    CooperatingOrganisationAlreadyRegisteredError,
    CooperatingOrganisationDeactivatedError,
    InvalidCooperatingOrganisationError,
    RegistryDateOrderError,
    UnknownCooperatingOrganisationError,
)
from tests.domain.given_registry import (
    FY2026_END,
    REGISTRAR,
    an_organisation,
    given_empty_registry,
)

REGISTERED_ON = date(2026, 6, 1)


def given_registry_with_organisation() -> tuple[AgencyRegistry, UUID]:
    registry = given_empty_registry()
    organisation = an_organisation(registered_on=REGISTERED_ON)
    registry.register_organisation(organisation, REGISTRAR)
    registry.collect_events()
    return registry, organisation.org_id


def given_deactivated_organisation(on: date) -> tuple[AgencyRegistry, UUID]:
    registry, org_id = given_registry_with_organisation()
    registry.deactivate_organisation(org_id, on, "協力終了", REGISTRAR)
    registry.collect_events()
    return registry, org_id


def test_registering_an_organisation_records_its_facts() -> None:
    registry = given_empty_registry()
    organisation = an_organisation()

    registry.register_organisation(organisation, REGISTRAR)

    [registered] = registry.collect_events()
    assert isinstance(registered, AgencyRegistry.CooperatingOrganisationRegistered)
    assert registered.org_id == organisation.org_id
    assert (registered.name_ja, registered.kind) == ("あゆみ農園", "farm")
    assert (registered.district, registered.registered_on) == ("佐久山", REGISTERED_ON)


def test_registering_an_organisation_twice_is_refused() -> None:
    registry, org_id = given_registry_with_organisation()

    with pytest.raises(CooperatingOrganisationAlreadyRegisteredError):
        registry.register_organisation(an_organisation(org_id=org_id), REGISTRAR)

    assert registry.collect_events() == []


@pytest.mark.parametrize(
    "changes", [{"name_ja": " "}, {"kind": "casino"}, {"district": "那須塩原"}]
)
def test_an_organisation_without_a_name_known_kind_or_district_is_refused(
    changes: dict[str, object],
) -> None:
    registry = given_empty_registry()

    with pytest.raises(InvalidCooperatingOrganisationError):
        registry.register_organisation(an_organisation(**changes), REGISTRAR)

    assert registry.collect_events() == []


def test_an_organisation_outside_the_districts_is_registered_without_one() -> None:
    registry = given_empty_registry()

    registry.register_organisation(an_organisation(district=None), REGISTRAR)

    [registered] = registry.collect_events()
    assert isinstance(registered, AgencyRegistry.CooperatingOrganisationRegistered)
    assert registered.district is None


def test_deactivating_an_organisation_records_the_date_and_reason() -> None:
    registry, org_id = given_registry_with_organisation()

    registry.deactivate_organisation(org_id, date(2027, 1, 1), "協力終了", REGISTRAR)

    [deactivated] = registry.collect_events()
    assert isinstance(deactivated, AgencyRegistry.CooperatingOrganisationDeactivated)
    assert deactivated.org_id == org_id
    assert deactivated.deactivated_on == date(2027, 1, 1)
    assert deactivated.reason == "協力終了"


def test_deactivating_an_unknown_organisation_is_refused() -> None:
    registry, _ = given_registry_with_organisation()

    with pytest.raises(UnknownCooperatingOrganisationError):
        registry.deactivate_organisation(uuid4(), date(2027, 1, 1), "?", REGISTRAR)

    assert registry.collect_events() == []


def test_deactivating_an_organisation_twice_is_refused() -> None:
    registry, org_id = given_deactivated_organisation(date(2027, 1, 1))

    with pytest.raises(CooperatingOrganisationDeactivatedError):
        registry.deactivate_organisation(org_id, date(2027, 2, 1), "重複", REGISTRAR)

    assert registry.collect_events() == []


def test_deactivating_before_registration_is_refused() -> None:
    registry, org_id = given_registry_with_organisation()

    with pytest.raises(RegistryDateOrderError):
        registry.deactivate_organisation(org_id, date(2026, 5, 31), "誤り", REGISTRAR)

    assert registry.collect_events() == []


def test_organisations_are_counted_while_active() -> None:
    registry, org_id = given_deactivated_organisation(date(2027, 1, 1))

    counted = {
        day: [o.org_id for o in registry.cooperating_organisations(day)]
        for day in (date(2026, 5, 31), REGISTERED_ON, date(2026, 12, 31), FY2026_END)
    }

    assert counted[date(2026, 5, 31)] == []
    assert counted[REGISTERED_ON] == counted[date(2026, 12, 31)] == [org_id]
    assert counted[FY2026_END] == []
