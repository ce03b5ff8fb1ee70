"""Builders for registry tests: entries and registries in a known state."""

from __future__ import annotations

import dataclasses
from datetime import date
from uuid import uuid4

from domain.agency_registry import AgencyRegistry
from domain.cooperating_organisation import CooperatingOrganisation
from domain.registry_entry import RegistryEntry, catalogue_entries

PLAN_START = date(2026, 4, 1)
FY2026_END = date(2027, 3, 31)
REGISTRAR = "user-registrar"


def an_entry(**changes: object) -> RegistryEntry:
    entry = RegistryEntry(
        code="minami_kosodate",
        name_ja="みなみ子育て支援センター",
        fields=("child_rearing",),
        projects=("community_building",),
        operation="private",
        address="美原1丁目1番1号",
        section="hoiku_ka",
        facility_types=("child_rearing_support_center",),
    )
    return dataclasses.replace(entry, **changes)  # type: ignore[arg-type]


def an_organisation(**changes: object) -> CooperatingOrganisation:
    organisation = CooperatingOrganisation(
        org_id=uuid4(),
        name_ja="あゆみ農園",
        kind="farm",
        district="佐久山",
        registered_on=date(2026, 6, 1),
    )
    return dataclasses.replace(organisation, **changes)  # type: ignore[arg-type]


def given_empty_registry() -> AgencyRegistry:
    registry = AgencyRegistry.open(REGISTRAR)
    registry.collect_events()
    return registry


def given_seeded_registry() -> AgencyRegistry:
    registry = given_empty_registry()
    for entry in catalogue_entries():
        registry.register(entry, PLAN_START, REGISTRAR)
    registry.collect_events()
    return registry


def given_registry_with(entry: RegistryEntry, on: date = PLAN_START) -> AgencyRegistry:
    registry = given_empty_registry()
    registry.register(entry, on, REGISTRAR)
    registry.collect_events()
    return registry


def given_deactivated(code: str, on: date) -> AgencyRegistry:
    registry = given_seeded_registry()
    registry.deactivate(code, on, "事業終了", REGISTRAR)
    registry.collect_events()
    return registry
