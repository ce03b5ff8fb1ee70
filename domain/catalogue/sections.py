"""The city sections (市の課) and which one leads each project (主管課)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from domain.catalogue.agency_entry import AgencyEntry, Operation
from domain.catalogue.fields import Field
from domain.catalogue.projects import Project

ELDERLY_SECTION = "koureisha_kofuku_ka"
WELFARE_SECTION = "fukushi_ka"
CHILD_SUPPORT_SECTION = "kodomo_shien_ka"
CHILDCARE_SECTION = "hoiku_ka"

_CC = Project.COMPREHENSIVE_CONSULTATION
_CB = Project.COMMUNITY_BUILDING
_NEW_PROJECTS = (
    Project.PARTICIPATION_SUPPORT,
    Project.OUTREACH,
    Project.MULTI_AGENCY,
    Project.SUPPORT_PLAN,
)

# 主管課 as the plan's 備考 lines give them. Note that 見守り事業 (community
# building, livelihood) is led by 高齢者幸福課, not 福祉課.
LEAD_SECTIONS: Mapping[tuple[Project, Field | None], str] = MappingProxyType(
    {
        (_CC, Field.ELDERLY_CARE): ELDERLY_SECTION,
        (_CC, Field.DISABILITY): WELFARE_SECTION,
        (_CC, Field.CHILD_REARING): CHILD_SUPPORT_SECTION,
        (_CC, Field.LIVELIHOOD): WELFARE_SECTION,
        (_CB, Field.ELDERLY_CARE): ELDERLY_SECTION,
        (_CB, Field.DISABILITY): WELFARE_SECTION,
        (_CB, Field.CHILD_REARING): CHILDCARE_SECTION,
        (_CB, Field.LIVELIHOOD): ELDERLY_SECTION,
        **{(project, None): WELFARE_SECTION for project in _NEW_PROJECTS},
    }
)


def lead_section(project: Project, field: Field | None) -> str:
    """The code of the section (主管課) leading a project in a field.

    The four new projects are not divided by field: pass None for them.

    Raises:
        KeyError: the plan assigns no section to this pair.
    """
    return LEAD_SECTIONS[(project, field)]


def _section(code: str, name_ja: str) -> AgencyEntry:
    keys = [key for key, lead in LEAD_SECTIONS.items() if lead == code]
    projects = tuple(dict.fromkeys(project for project, _ in keys))
    fields = tuple(dict.fromkeys(f for _, f in keys if f is not None))
    return AgencyEntry(code, name_ja, fields, projects, Operation.CITY, None, None)


CITY_SECTIONS: tuple[AgencyEntry, ...] = (
    _section(ELDERLY_SECTION, "高齢者幸福課"),
    _section(WELFARE_SECTION, "福祉課"),
    _section(CHILD_SUPPORT_SECTION, "こども支援課"),
    _section(CHILDCARE_SECTION, "保育課"),
)
