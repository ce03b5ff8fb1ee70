"""Facility types (施設種別) the plan counts, and which plan agency runs which.

Indicators 11, 17 and 19 count facilities of one type active at the end of a
fiscal year; the agency registry keeps each agency's facility types.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class FacilityType(StrEnum):
    """A type of facility (施設種別, shisetsu shubetsu) an agency runs.

    Values are stored in events: never rename them.
    """

    CHILD_FAMILY_CENTER = "child_family_center"
    COMMUNITY_ACTIVITY_CENTER = "community_activity_center"
    CHILD_REARING_SUPPORT_CENTER = "child_rearing_support_center"
    COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER = "community_comprehensive_support_center"

    @property
    def label_ja(self) -> str:
        """The plan's Japanese name, e.g. こども家庭センター."""
        return FACILITY_LABELS_JA[self]


FACILITY_LABELS_JA: Mapping[FacilityType, str] = MappingProxyType(
    {
        FacilityType.CHILD_FAMILY_CENTER: "こども家庭センター",
        FacilityType.COMMUNITY_ACTIVITY_CENTER: "地域活動支援センター",
        FacilityType.CHILD_REARING_SUPPORT_CENTER: "子育て支援センター・つどいの広場",
        FacilityType.COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER: "地域包括支援センター",
    }
)

_HUB = (FacilityType.CHILD_REARING_SUPPORT_CENTER,)
_HOUKATSU = (FacilityType.COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER,)

# The facility types of the catalogue's agencies, by agency code. ゆずり葉 runs
# the 地域活動支援センター (I型) consigned for 令和8年度; agencies not listed run
# none of the counted types.
CATALOGUE_FACILITY_TYPES: Mapping[str, tuple[FacilityType, ...]] = MappingProxyType(
    {
        "chuo_houkatsu": _HOUKATSU,
        "seibu_houkatsu": _HOUKATSU,
        "tobu_houkatsu": _HOUKATSU,
        "yuzuriha": (FacilityType.COMMUNITY_ACTIVITY_CENTER,),
        "kodomo_katei": (FacilityType.CHILD_FAMILY_CENTER,),
        "shintomi_kosodate": _HUB,
        "yuzukami_kosodate": _HUB,
        "kurobane_kosodate": _HUB,
        "hikari_kosodate": _HUB,
        "tokotoko_hiroba": _HUB,
    }
)


def catalogue_facility_types(code: str, /) -> tuple[FacilityType, ...]:
    """The facility types a catalogue agency runs; none for the others."""
    return CATALOGUE_FACILITY_TYPES.get(code, ())
