"""The areas of an assessment (アセスメント) and the choices each offers.

Laid out after the national インテーク・アセスメントシート: the person's
situation and wishes, the household, health, livelihood and money, daily
life, relationships and the support around the person, the problems seen and
the strengths. The sheet's own wording of every choice could not be checked
against the official file, so the choices here are designed from each area's
purpose (docs/support-cycle.md says which). Codes are stored in events:
never rename one; add new ones.

Each area says which information categories it reveals: an agency sharing
the case sees an area only when its basis covers every one of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from domain.catalogue.categories import ISSUE_CATEGORIES, Category
from domain.catalogue.fields import ISSUE_TAG_LABELS_JA


class Area(StrEnum):
    """An area of the assessment sheet. Stored in events: never rename."""

    PERSON = "person"
    HOUSEHOLD = "household"
    HEALTH = "health"
    LIVELIHOOD = "livelihood"
    DAILY_LIFE = "daily_life"
    RELATIONSHIPS = "relationships"
    PROBLEMS = "problems"
    STRENGTHS = "strengths"


@dataclass(frozen=True)
class AreaSpec:
    """One area: its heading, what it reveals, its coded choices (code → label)."""

    label_ja: str
    reveals: frozenset[Category]
    choices: Mapping[str, str]


def _choices(**labels: str) -> Mapping[str, str]:
    return MappingProxyType(labels)


# The problems seen are the intake's issue codes, so that intake, assessment
# and the indicator report speak one vocabulary; the area reveals whatever
# any of them may reveal.
_PROBLEM_CATEGORIES = frozenset().union(*ISSUE_CATEGORIES.values())

AREAS: Mapping[Area, AreaSpec] = MappingProxyType(
    {
        Area.PERSON: AreaSpec(
            "本人の状況・意向",
            frozenset({Category.BASIC}),
            _choices(
                wants_support="支援を希望している",
                undecided="迷っている",
                declines="支援を望んでいない",
                cannot_express="意思の表明が難しい",
            ),
        ),
        Area.HOUSEHOLD: AreaSpec(
            "世帯の状況",
            frozenset({Category.FAMILY}),
            _choices(
                lives_alone="単身世帯",
                elderly_only="高齢者のみの世帯",
                single_parent="ひとり親世帯",
                parent_and_adult_child="高齢の親と無業の子の世帯（8050）",
                child_carer="家族のケアを担う子どもがいる",
                several_members_in_need="複数の世帯員に支援が必要",
            ),
        ),
        Area.HEALTH: AreaSpec(
            "心身の状況（健康・障害・介護）",
            frozenset({Category.HEALTH, Category.DISABILITY, Category.CARE}),
            _choices(
                in_treatment="通院・入院中",
                untreated="未受診・治療中断",
                mental_distress="精神的な不調",
                suspected_dementia="認知症の疑い",
                disability_certificate="障害者手帳あり",
                care_certified="要介護・要支援認定あり",
            ),
        ),
        Area.LIVELIHOOD: AreaSpec(
            "生活・家計の状況",
            frozenset({Category.FINANCE, Category.EMPLOYMENT}),
            _choices(
                no_income="収入がない",
                arrears="家賃・公共料金・税の滞納",
                debt="借金・債務",
                public_assistance="生活保護を受給",
                pension="年金収入",
                no_work="就労していない・就労が難しい",
            ),
        ),
        Area.DAILY_LIFE: AreaSpec(
            "日常生活の状況",
            frozenset({Category.CARE, Category.HOUSING}),
            _choices(
                meals="食事に困難",
                hygiene="清潔・衛生に困難",
                money_management="金銭管理に困難",
                going_out="外出に困難",
                housing_condition="住まいの環境が悪い",
            ),
        ),
        Area.RELATIONSHIPS: AreaSpec(
            "人間関係・周囲の支援",
            frozenset({Category.FAMILY}),
            _choices(
                isolated="社会的に孤立している",
                family_conflict="家族関係に困難",
                neighbour_trouble="近隣とのトラブル",
                has_supporters="身近に支援者がいる",
            ),
        ),
        Area.PROBLEMS: AreaSpec(
            "課題の整理",
            _PROBLEM_CATEGORIES,
            MappingProxyType(
                {code: ISSUE_TAG_LABELS_JA[code] for code in ISSUE_CATEGORIES}
            ),
        ),
        Area.STRENGTHS: AreaSpec(
            "本人・世帯の強み",
            frozenset({Category.BASIC}),
            _choices(
                interests="趣味・関心がある",
                wish_to_work="働きたい気持ちがある",
                family_support="家族の支えがある",
                community_ties="地域とのつながりがある",
            ),
        ),
    }
)

AREA_CODES: frozenset[str] = frozenset(Area)
