"""Indicators ❶–13 of the plan: comprehensive consultation (包括的相談支援事業)."""

from __future__ import annotations

from domain.catalogue.fields import Field
from domain.catalogue.indicator_model import (
    CHILD_PLAN,
    DISABILITY_NEXT_PLAN,
    DISABILITY_PLAN,
    ELDERLY_NEXT_PLAN,
    ELDERLY_PLAN,
    SHAKYO_REPORT,
    Indicator,
    plan_targets,
)
from domain.catalogue.projects import Project

_CC = Project.COMPREHENSIVE_CONSULTATION


def _elderly(id_: str, number: int, label_ja: str, target: int) -> Indicator:
    """A 地域包括支援センター duty; 令和9・10年度 await the 第10期 plan."""
    return Indicator(
        id=id_,
        number=number,
        project=_CC,
        field=Field.ELDERLY_CARE,
        label_ja=label_ja,
        unit_ja="件",
        targets=plan_targets(target, deferred_to=ELDERLY_NEXT_PLAN),
        measure="count of activities of that kind",
        reference_plan=ELDERLY_PLAN,
    )


def _disability(
    id_: str, number: int, label_ja: str, target: tuple[int, str], measure: str
) -> Indicator:
    """A 障害 consultation figure; 令和9・10年度 await the next disability plans."""
    value, unit_ja = target
    return Indicator(
        id=id_,
        number=number,
        project=_CC,
        field=Field.DISABILITY,
        label_ja=label_ja,
        unit_ja=unit_ja,
        targets=plan_targets(value, deferred_to=DISABILITY_NEXT_PLAN),
        measure=measure,
        reference_plan=DISABILITY_PLAN,
    )


CONSULTATION_INDICATORS: tuple[Indicator, ...] = (
    _elderly(
        "consultation_elderly_preventive_care_management",
        1,
        "❶ 介護予防ケアマネジメント業務",
        8000,
    ),
    _elderly(
        "consultation_elderly_general_consultation",
        2,
        "❷ 総合相談支援業務",
        6700,
    ),
    _elderly("consultation_elderly_rights_advocacy", 3, "❸ 権利擁護業務", 1000),
    _elderly(
        "consultation_elderly_continuous_care_management_support",
        4,
        "❹ 包括的・継続的ケアマネジメント支援業務",
        2100,
    ),
    _disability(
        "consultation_disability_provider_guidance",
        5,
        "相談支援事業者に対する訪問等による専門的な指導・助言件数",
        (15, "件"),
        "count",
    ),
    _disability(
        "consultation_disability_provider_staff_development",
        6,
        "相談支援事業者の人材育成の支援件数",
        (11, "件"),
        "count",
    ),
    _disability(
        "consultation_disability_liaison_initiatives",
        7,
        "相談機関との連携強化の取組の実施回数",
        (20, "回"),
        "count",
    ),
    _disability(
        "consultation_disability_case_study_sessions",
        8,
        "事例検討の実施回数（頻度）",
        (12, "回"),
        "count of case-study meetings",
    ),
    _disability(
        "consultation_disability_case_study_participants",
        9,
        "事例検討の参加事業者（機関）数",
        (11, "事業所"),
        "distinct participating agencies",
    ),
    _disability(
        "consultation_disability_subcommittee_sessions",
        10,
        "専門部会の実施回数（頻度）",
        (28, "回"),
        "count",
    ),
    Indicator(
        id="consultation_child_family_centers",
        number=11,
        project=_CC,
        field=Field.CHILD_REARING,
        label_ja="こども家庭センターの設置数",
        unit_ja="箇所",
        targets=plan_targets(1, 1, 1),
        measure="registry: active at FY end",
        reference_plan=CHILD_PLAN,
    ),
    Indicator(
        id="consultation_child_pregnancy_consultations",
        number=12,
        project=_CC,
        field=Field.CHILD_REARING,
        label_ja="妊婦等包括相談支援事業での相談件数",
        unit_ja="件",
        targets=plan_targets(1029, 1005, 993),
        measure="count",
        reference_plan=CHILD_PLAN,
    ),
    Indicator(
        id="consultation_livelihood_new_consultations",
        number=13,
        project=_CC,
        field=Field.LIVELIHOOD,
        label_ja="新規相談件数",
        unit_ja="件",
        targets=plan_targets(100, 100, 100),
        measure="count of new cases at that window",
        reference_plan=SHAKYO_REPORT,
    ),
)
