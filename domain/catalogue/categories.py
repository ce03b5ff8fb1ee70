"""Categories of information (情報の区分): the unit of consent and of disclosure.

One vocabulary for consents, disclosures at meetings, referrals and what a
sharing agency sees of a case. Several are 要配慮個人情報 (APPI Art. 2 ③:
health, disability, a record of abuse). Fields and issue codes are facts
about the person too, so each says which categories it reveals: an agency
sees a field or an issue code only when its basis covers all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType

from domain.catalogue.fields import Field


class Category(StrEnum):
    """A category of information (情報の区分). Stored in events: never rename."""

    BASIC = "basic"
    HEALTH = "health"
    DISABILITY = "disability"
    CARE = "care"
    FINANCE = "finance"
    FAMILY = "family"
    CHILD = "child"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    HOUSING = "housing"
    RIGHTS = "rights"
    ABUSE = "abuse"

    @property
    def label_ja(self) -> str:
        """The Japanese name staff read, e.g. 健康・医療."""
        return CATEGORY_LABELS_JA[self]


CATEGORY_LABELS_JA: Mapping[Category, str] = MappingProxyType(
    {
        Category.BASIC: "基本情報（氏名・生年月日・住所・連絡先）",
        Category.HEALTH: "健康・医療（心身の状況）",
        Category.DISABILITY: "障害",
        Category.CARE: "介護",
        Category.FINANCE: "経済状況（収入・債務・給付）",
        Category.FAMILY: "家族・世帯の状況",
        Category.CHILD: "児童・子育て",
        Category.EMPLOYMENT: "就労",
        Category.EDUCATION: "教育・学校",
        Category.HOUSING: "住まい",
        Category.RIGHTS: "権利擁護・法的支援",
        Category.ABUSE: "虐待・暴力",
    }
)

CATEGORY_CODES: frozenset[str] = frozenset(Category)

# What an issue code tells about the person. A code not listed here cannot be
# classified, so no sharing agency sees it.
ISSUE_CATEGORIES: Mapping[str, frozenset[Category]] = MappingProxyType(
    {
        "8050": frozenset({Category.FAMILY}),
        "hikikomori": frozenset({Category.HEALTH}),
        "young_carer": frozenset({Category.FAMILY, Category.CHILD}),
        "poverty": frozenset({Category.FINANCE}),
        "abuse": frozenset({Category.ABUSE}),
        "dementia": frozenset({Category.HEALTH}),
        "debt": frozenset({Category.FINANCE}),
        "isolation": frozenset({Category.FAMILY}),
        "single_parent": frozenset({Category.FAMILY}),
        "unemployment": frozenset({Category.EMPLOYMENT}),
        "housing": frozenset({Category.HOUSING}),
        "guardianship": frozenset({Category.RIGHTS}),
        "consumer_harm": frozenset({Category.RIGHTS, Category.FINANCE}),
        "parenting_anxiety": frozenset({Category.CHILD}),
    }
)

# What the field of a case tells: that the person needs care, has a
# disability (要配慮個人情報), raises children, or is in financial need.
FIELD_CATEGORIES: Mapping[str, frozenset[Category]] = MappingProxyType(
    {
        Field.ELDERLY_CARE: frozenset({Category.CARE}),
        Field.DISABILITY: frozenset({Category.DISABILITY}),
        Field.CHILD_REARING: frozenset({Category.CHILD}),
        Field.LIVELIHOOD: frozenset({Category.FINANCE}),
    }
)


def unknown_categories(codes: Iterable[str]) -> list[str]:
    """The codes that are not categories of the vocabulary, sorted."""
    return sorted(set(codes) - CATEGORY_CODES)


def visible(
    codes: Iterable[str],
    reveals: Mapping[str, frozenset[Category]],
    covered: frozenset[str],
) -> tuple[str, ...]:
    """The codes whose every revealed category lies within `covered`."""
    return tuple(code for code in codes if code in reveals and reveals[code] <= covered)
