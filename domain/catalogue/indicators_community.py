"""Indicators 14–21 of the plan: community building (地域づくり事業)."""

from __future__ import annotations

from domain.catalogue.fields import Field
from domain.catalogue.indicator_model import (
    CHILD_PLAN,
    DISABILITY_NEXT_PLAN,
    DISABILITY_PLAN,
    ELDERLY_NEXT_PLAN,
    ELDERLY_PLAN,
    Indicator,
    plan_targets,
)
from domain.catalogue.projects import Project

_CB = Project.COMMUNITY_BUILDING

COMMUNITY_INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        id="community_elderly_volunteers_registered",
        number=14,
        project=_CB,
        field=Field.ELDERLY_CARE,
        label_ja="与一いきいきメイトの総登録者数",
        unit_ja="人",
        targets=plan_targets(100, deferred_to=ELDERLY_NEXT_PLAN),
        measure="registry/tally: registered at FY end",
        reference_plan=ELDERLY_PLAN,
    ),
    Indicator(
        id="community_elderly_tier2_council_meetings",
        number=15,
        project=_CB,
        field=Field.ELDERLY_CARE,
        label_ja="第2層協議体の開催回数",
        unit_ja="回",
        targets=plan_targets(73, deferred_to=ELDERLY_NEXT_PLAN),
        measure="count of meetings",
        reference_plan=ELDERLY_PLAN,
    ),
    Indicator(
        id="community_elderly_new_services_created",
        number=16,
        project=_CB,
        field=Field.ELDERLY_CARE,
        label_ja="協議体において創出された新しいサービスの事業数",
        unit_ja="事業",
        targets=plan_targets(4, deferred_to=ELDERLY_NEXT_PLAN),
        measure="count",
        reference_plan=ELDERLY_PLAN,
    ),
    Indicator(
        id="community_disability_activity_centers",
        number=17,
        project=_CB,
        field=Field.DISABILITY,
        label_ja="地域活動支援センターの設置数",
        unit_ja="箇所",
        targets=plan_targets(6, deferred_to=DISABILITY_NEXT_PLAN),
        measure="registry",
        reference_plan=DISABILITY_PLAN,
    ),
    Indicator(
        id="community_disability_activity_center_users",
        number=18,
        project=_CB,
        field=Field.DISABILITY,
        label_ja="地域活動支援センターの利用者数",
        unit_ja="人",
        targets=plan_targets(115, deferred_to=DISABILITY_NEXT_PLAN),
        measure="distinct users",
        reference_plan=DISABILITY_PLAN,
    ),
    Indicator(
        id="community_child_support_centers",
        number=19,
        project=_CB,
        field=Field.CHILD_REARING,
        label_ja="子育て支援センター等の設置数",
        unit_ja="箇所",
        targets=plan_targets(5, 5, 5),
        measure="registry",
        reference_plan=CHILD_PLAN,
    ),
    Indicator(
        id="community_child_monthly_users",
        number=20,
        project=_CB,
        field=Field.CHILD_REARING,
        label_ja="ひと月あたりの利用者数",
        unit_ja="人",
        targets=plan_targets(517, 521, 511),
        measure="monthly average of tallies",
        reference_plan=CHILD_PLAN,
    ),
    # 見守り事業 sits under 生活困窮 but defers to the elderly plan, as printed.
    Indicator(
        id="community_livelihood_watch_activities",
        number=21,
        project=_CB,
        field=Field.LIVELIHOOD,
        label_ja="見守り活動件数",
        unit_ja="件",
        targets=plan_targets(80000, deferred_to=ELDERLY_NEXT_PLAN),
        measure="tally",
        reference_plan=ELDERLY_PLAN,
    ),
)
