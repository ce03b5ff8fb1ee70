"""R8: who may record what is registry data, read on the act's date."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from domain.errors import AgencyInactiveError, NotRunningProjectError
from tests.domain.given_registry import REGISTRAR, given_seeded_registry

ON = date(2026, 6, 1)
CC = "comprehensive_consultation"


@pytest.mark.parametrize(
    ("agency", "kind", "project"),
    [
        ("chuo_houkatsu", "preventive_care_management", CC),
        ("kodomo_katei", "pregnancy_consultation", CC),
        ("shogai_kikan", "provider_guidance", CC),
        ("shakyo", "coordination", "multi_agency"),
        ("shakyo", "home_visit", "outreach"),
        ("shintomi_kosodate", "consultation", "community_building"),
    ],
)
def test_an_agency_records_what_the_registry_says_it_does(
    agency: str, kind: str, project: str
) -> None:
    registry = given_seeded_registry()

    registry.check_may_record(agency, kind, project, ON)


@pytest.mark.parametrize(
    ("agency", "kind", "project"),
    [
        ("shakyo", "preventive_care_management", CC),  # not a 地域包括
        ("koureisha_kofuku_ka", "general_consultation", CC),  # a section, not one
        ("chuo_houkatsu", "pregnancy_consultation", CC),  # not こども家庭センター
        ("fukushi_ka", "provider_guidance", CC),  # a section, not a window
        ("chuo_houkatsu", "coordination", "multi_agency"),  # runs no 多機関協働
        ("shintomi_kosodate", "consultation", CC),  # a hub runs 地域づくり only
    ],
)
def test_an_agency_records_nothing_the_registry_does_not_say_it_does(
    agency: str, kind: str, project: str
) -> None:
    registry = given_seeded_registry()

    with pytest.raises(NotRunningProjectError):
        registry.check_may_record(agency, kind, project, ON)


def test_a_capability_follows_a_registry_change_from_its_date() -> None:
    registry = given_seeded_registry()
    entry = registry.entry("yuzuriha")
    registry.change(
        dataclasses.replace(entry, projects=(*entry.projects, "outreach")),
        date(2026, 7, 1),
        REGISTRAR,
    )

    registry.check_runs("yuzuriha", "outreach", date(2026, 7, 1))
    with pytest.raises(NotRunningProjectError):
        registry.check_runs("yuzuriha", "outreach", date(2026, 6, 30))


def test_a_deactivated_agency_is_refused_from_its_deactivation() -> None:
    registry = given_seeded_registry()
    registry.deactivate("tobu_houkatsu", date(2026, 7, 1), "閉所", REGISTRAR)

    registry.check_active("tobu_houkatsu", date(2026, 6, 30))
    with pytest.raises(AgencyInactiveError):
        registry.check_active("tobu_houkatsu", date(2026, 7, 1))


def test_the_section_running_multi_agency_records_the_support_decision() -> None:
    registry = given_seeded_registry()

    registry.check_may_decide("fukushi_ka", ON)


@pytest.mark.parametrize(
    "agency",
    [
        "shakyo",  # runs 多機関協働, but is not the city
        "koureisha_kofuku_ka",  # the city, but does not run 多機関協働
        "chuo_houkatsu",  # neither
    ],
)
def test_no_other_agency_records_the_support_decision(agency: str) -> None:
    registry = given_seeded_registry()

    with pytest.raises(NotRunningProjectError):
        registry.check_may_decide(agency, ON)
