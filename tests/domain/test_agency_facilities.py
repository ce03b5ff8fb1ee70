"""Facility types (施設種別) in the registry, as indicators 11, 17 and 19 count them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from domain.catalogue import AGENCY_CODES
from domain.catalogue.facilities import CATALOGUE_FACILITY_TYPES, FacilityType
from domain.errors import UnknownAgencyError
from tests.domain.given_registry import (
    FY2026_END,
    REGISTRAR,
    given_deactivated,
    given_seeded_registry,
)

_CF = FacilityType.CHILD_FAMILY_CENTER
_AC = FacilityType.COMMUNITY_ACTIVITY_CENTER
_HUB = FacilityType.CHILD_REARING_SUPPORT_CENTER
_HOUKATSU = FacilityType.COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER


def test_every_facility_type_has_a_japanese_label() -> None:
    labels = {t: t.label_ja for t in FacilityType}

    assert labels[_CF] == "こども家庭センター"
    assert all(labels.values())


def test_the_facility_map_names_only_catalogue_agencies() -> None:
    codes = set(CATALOGUE_FACILITY_TYPES)

    assert codes <= AGENCY_CODES


@pytest.mark.parametrize(
    ("facility_type", "count"), [(_CF, 1), (_AC, 1), (_HUB, 5), (_HOUKATSU, 3)]
)
def test_the_seeded_registry_counts_the_plans_facilities_at_fy_end(
    facility_type: FacilityType, count: int
) -> None:
    registry = given_seeded_registry()

    found = registry.agencies_with_facility(facility_type, FY2026_END)

    assert len(found) == count


def test_a_facility_given_up_midyear_is_not_counted_at_fy_end() -> None:
    registry = given_seeded_registry()
    without = dataclasses.replace(registry.entry("yuzuriha"), facility_types=())

    registry.change(without, date(2027, 1, 1), REGISTRAR)

    assert [e.code for e in registry.agencies_with_facility(_AC, date(2026, 12, 31))]
    assert registry.agencies_with_facility(_AC, FY2026_END) == ()


def test_a_deactivated_centre_is_not_counted_at_fy_end() -> None:
    registry = given_deactivated("tokotoko_hiroba", date(2027, 3, 31))

    found = registry.agencies_with_facility(_HUB, FY2026_END)

    assert "tokotoko_hiroba" not in {e.code for e in found}
    assert len(found) == 4


def test_the_entry_of_an_unknown_code_is_refused() -> None:
    registry = given_seeded_registry()

    with pytest.raises(UnknownAgencyError):
        registry.entry("nowhere")


def test_work_at_a_deactivated_agency_is_refused_from_its_deactivation() -> None:
    registry = given_deactivated("shakyo", date(2027, 1, 1))

    with pytest.raises(UnknownAgencyError):
        registry.check_accepts_work("shakyo", date(2027, 1, 1))


@pytest.mark.parametrize("day", [date(2025, 12, 1), date(2026, 12, 31)])
def test_work_before_deactivation_is_accepted_even_before_registration(
    day: date,
) -> None:
    registry = given_deactivated("shakyo", date(2027, 1, 1))

    registry.check_accepts_work("shakyo", day)  # then: no refusal
