"""Statistics' vocabularies (統計用の区分): coded, non-identifying, labels as data.

Recorded at intake and with a one-off consultation, outside any person's key,
so that the national reports and the indicators still add up after an
erasure. Every vocabulary has `unknown` (不明・未回答): nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

UNKNOWN = "unknown"

AGE_BANDS: Mapping[str, str] = MappingProxyType(
    {
        "age_0_17": "18歳未満",
        "age_18_39": "18〜39歳",
        "age_40_64": "40〜64歳",
        "age_65_74": "65〜74歳",
        "age_75_over": "75歳以上",
        UNKNOWN: "不明",
    }
)
SEXES: Mapping[str, str] = MappingProxyType(
    {"female": "女性", "male": "男性", "other": "その他", UNKNOWN: "不明・未回答"}
)
HOUSEHOLD_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "single": "単身",
        "couple": "夫婦のみ",
        "parent_and_child": "親と子",
        "single_parent": "ひとり親と子",
        "three_generations": "三世代",
        "other": "その他",
        UNKNOWN: "不明",
    }
)
CONSULTERS: Mapping[str, str] = MappingProxyType(
    {
        "self": "本人",
        "family": "家族・親族",
        "neighbour": "近隣住民・知人",
        "welfare_commissioner": "民生委員・児童委員",
        "agency": "関係機関",
        "other": "その他",
        UNKNOWN: "不明",
    }
)
PROBLEM_CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        "health": "病気・健康",
        "disability": "障害",
        "care": "介護",
        "finance": "経済的困窮",
        "debt": "債務",
        "employment": "就労",
        "housing": "住まい",
        "family": "家族関係",
        "isolation": "社会的孤立",
        "hikikomori": "ひきこもり",
        "child_rearing": "子育て",
        "education": "教育",
        "abuse": "虐待・暴力",
        "rights": "権利擁護",
        "other": "その他",
    }
)

# (name, code -> label): every vocabulary, as `GET /v1/statistics-codes` lists them.
VOCABULARIES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "age_band": AGE_BANDS,
        "sex": SEXES,
        "household_type": HOUSEHOLD_TYPES,
        "consulter": CONSULTERS,
        "problems": PROBLEM_CATEGORIES,
    }
)

_BANDS = ((18, "age_0_17"), (40, "age_18_39"), (65, "age_40_64"), (75, "age_65_74"))


def age_band_on(birth_date: date, on: date) -> str:
    """The age band of someone born on `birth_date`, on the day `on`."""
    age = (
        on.year
        - birth_date.year
        - ((on.month, on.day) < (birth_date.month, birth_date.day))
    )
    for below, band in _BANDS:
        if age < below:
            return band
    return "age_75_over"
