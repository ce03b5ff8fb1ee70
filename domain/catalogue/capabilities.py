"""Who may record what (記録できる機関): the registry data each act requires.

An agency records an activity under a 事業 only on a day the registry says it
runs that 事業; some kinds are the duties of one kind of agency, so they also
need what the registry says of that agency (a facility type it runs, a field
it serves). The requirement is data here, checked against registry entries
(which registry events change), never an `if` on agency codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from domain.catalogue.activities import ActivityKind
from domain.catalogue.agency_entry import Operation
from domain.catalogue.facilities import FacilityType
from domain.catalogue.fields import Field
from domain.catalogue.projects import Project


@dataclass(frozen=True)
class Requirement:
    """What the registry must say of an agency, beyond running the 事業."""

    facility: FacilityType | None = None
    field: Field | None = None
    not_city_section: bool = False  # a window or operator, not a 主管課
    city_section: bool = False  # a section of the city itself (市の課)

    def describe_ja(self) -> str:
        parts = []
        if self.facility is not None:
            parts.append(self.facility.label_ja)
        if self.field is not None:
            parts.append(f"{self.field.label_ja}分野")
        if self.not_city_section:
            parts.append("相談窓口・事業者")
        if self.city_section:
            parts.append("市の課")
        return "・".join(parts)

    def met_by(
        self, facilities: tuple[str, ...], fields: tuple[str, ...], operation: str
    ) -> bool:
        return (
            (self.facility is None or self.facility in facilities)
            and (self.field is None or self.field in fields)
            and not (self.not_city_section and operation == Operation.CITY)
            and not (self.city_section and operation != Operation.CITY)
        )


_HOUKATSU = Requirement(facility=FacilityType.COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER)

# ❶–❹ are the duties the plan lists for the 地域包括支援センター;
# guidance to disability consultation providers is a window's duty, not a
# section's; 妊婦等包括相談支援 is done by the こども家庭センター.
KIND_REQUIREMENTS: Mapping[ActivityKind, Requirement] = MappingProxyType(
    {
        ActivityKind.PREVENTIVE_CARE_MANAGEMENT: _HOUKATSU,
        ActivityKind.GENERAL_CONSULTATION: _HOUKATSU,
        ActivityKind.RIGHTS_ADVOCACY: _HOUKATSU,
        ActivityKind.CONTINUOUS_CARE_MANAGEMENT_SUPPORT: _HOUKATSU,
        ActivityKind.PROVIDER_GUIDANCE: Requirement(
            field=Field.DISABILITY, not_city_section=True
        ),
        ActivityKind.PREGNANCY_CONSULTATION: Requirement(
            facility=FacilityType.CHILD_FAMILY_CENTER
        ),
    }
)


def requirement_of(kind: str) -> Requirement:
    """The registry data a kind needs beyond its 事業 (none for most kinds)."""
    return KIND_REQUIREMENTS.get(ActivityKind(kind), Requirement())


# 支援決定 (Art. 106-4 ②6) is the municipality's: a section of the city that
# runs 多機関協働事業 records it.
SUPPORT_DECISION: tuple[Project, Requirement] = (
    Project.MULTI_AGENCY,
    Requirement(city_section=True),
)
