"""The six project types (事業) of Social Welfare Act Art. 106-4 §2."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Project(StrEnum):
    """A project type (事業, jigyo) of the multi-layered support system.

    The law lists six; a city running the programme must run all of them
    (社会福祉法第106条の4第2項). Values are stored in events: never rename them.
    """

    COMPREHENSIVE_CONSULTATION = "comprehensive_consultation"
    PARTICIPATION_SUPPORT = "participation_support"
    COMMUNITY_BUILDING = "community_building"
    OUTREACH = "outreach"
    MULTI_AGENCY = "multi_agency"
    SUPPORT_PLAN = "support_plan"

    @property
    def label_ja(self) -> str:
        """The plan's Japanese name, e.g. 包括的相談支援事業."""
        return PROJECT_LABELS_JA[self]

    @property
    def article_item(self) -> int:
        """The item number (号) in Social Welfare Act Art. 106-4 §2."""
        return PROJECT_ARTICLE_ITEMS[self]

    @property
    def is_new(self) -> bool:
        """True for the projects the 2020 amendment created (新規事業)."""
        return self in NEW_PROJECTS


PROJECT_LABELS_JA: Mapping[Project, str] = MappingProxyType(
    {
        Project.COMPREHENSIVE_CONSULTATION: "包括的相談支援事業",
        Project.PARTICIPATION_SUPPORT: "参加支援事業",
        Project.COMMUNITY_BUILDING: "地域づくり事業",
        Project.OUTREACH: "アウトリーチ等を通じた継続的支援事業",
        Project.MULTI_AGENCY: "多機関協働事業",
        Project.SUPPORT_PLAN: "支援プランの作成",
    }
)

PROJECT_ARTICLE_ITEMS: Mapping[Project, int] = MappingProxyType(
    {
        Project.COMPREHENSIVE_CONSULTATION: 1,
        Project.PARTICIPATION_SUPPORT: 2,
        Project.COMMUNITY_BUILDING: 3,
        Project.OUTREACH: 4,
        Project.MULTI_AGENCY: 5,
        Project.SUPPORT_PLAN: 6,
    }
)

# The plan marks these 新規事業; support plans are made together with 多機関協働.
NEW_PROJECTS: frozenset[Project] = frozenset(
    {
        Project.PARTICIPATION_SUPPORT,
        Project.OUTREACH,
        Project.MULTI_AGENCY,
        Project.SUPPORT_PLAN,
    }
)
