"""Fields (分野), issue tags, intake routes and daily-life districts."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Field(StrEnum):
    """A field of welfare (分野, bun'ya) an agency serves and a case touches.

    A case may carry several: the point of the programme is that a window
    takes in the whole household whatever the field.
    """

    ELDERLY_CARE = "elderly_care"
    DISABILITY = "disability"
    CHILD_REARING = "child_rearing"
    LIVELIHOOD = "livelihood"

    @property
    def label_ja(self) -> str:
        """The plan's Japanese name, e.g. 介護（高齢者）."""
        return FIELD_LABELS_JA[self]


FIELD_LABELS_JA: Mapping[Field, str] = MappingProxyType(
    {
        Field.ELDERLY_CARE: "介護（高齢者）",
        Field.DISABILITY: "障害",
        Field.CHILD_REARING: "子育て",
        Field.LIVELIHOOD: "生活困窮",
    }
)


class Route(StrEnum):
    """How a consultation reached the window at intake (相談経路)."""

    WALK_IN = "walk_in"
    PHONE = "phone"
    REFERRAL = "referral"
    OUTREACH_DISCOVERY = "outreach_discovery"

    @property
    def label_ja(self) -> str:
        """The Japanese name, e.g. 来所."""
        return ROUTE_LABELS_JA[self]


ROUTE_LABELS_JA: Mapping[Route, str] = MappingProxyType(
    {
        Route.WALK_IN: "来所",
        Route.PHONE: "電話",
        Route.REFERRAL: "関係機関からの紹介",
        Route.OUTREACH_DISCOVERY: "アウトリーチによる把握",
    }
)

# Issue tags are ASCII slugs so that no personal data hides in them. The first
# ones are the plan's examples of problems between the systems (ch.1 §1).
ISSUE_TAG_LABELS_JA: Mapping[str, str] = MappingProxyType(
    {
        "8050": "8050問題",
        "hikikomori": "ひきこもり",
        "young_carer": "ヤングケアラー",
        "poverty": "生活困窮",
        "abuse": "虐待",
        "dementia": "認知症",
        "debt": "多重債務",
        "isolation": "社会的孤立",
        "single_parent": "ひとり親家庭",
        "unemployment": "就労困難",
        "housing": "住まいの困りごと",
        "guardianship": "成年後見",
        "consumer_harm": "消費者被害",
        "parenting_anxiety": "育児不安",
    }
)

KNOWN_ISSUE_TAGS: frozenset[str] = frozenset(ISSUE_TAG_LABELS_JA)

# 日常生活圏域: the 12 districts with a 第2層協議体 and a 2nd-tier coordinator.
DAILY_LIFE_DISTRICTS: tuple[str, ...] = (
    "大田原東部",
    "大田原西部",
    "紫塚",
    "金田",
    "親園",
    "野崎",
    "佐久山",
    "湯津上",
    "黒羽",
    "川西",
    "両郷",
    "須賀川",
)
