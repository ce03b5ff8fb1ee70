"""Indicators 22–29 of the plan: the new projects (新規事業), not split by field."""

from __future__ import annotations

from collections.abc import Mapping

from domain.catalogue.indicator_model import Indicator, Target, plan_targets
from domain.catalogue.projects import Project


def _new(
    id_: str,
    number: int,
    project: Project,
    label: tuple[str, str],
    targets: Mapping[int, Target],
    *,
    measure: str,
) -> Indicator:
    """An indicator of a new project: no field and no reference plan."""
    label_ja, unit_ja = label
    return Indicator(
        id=id_,
        number=number,
        project=project,
        field=None,
        label_ja=label_ja,
        unit_ja=unit_ja,
        targets=targets,
        measure=measure,
        reference_plan=None,
    )


_PS = Project.PARTICIPATION_SUPPORT
_OR = Project.OUTREACH
_MA = Project.MULTI_AGENCY

NEW_PROJECT_INDICATORS: tuple[Indicator, ...] = (
    _new(
        "participation_support_plans_created",
        22,
        _PS,
        ("支援プラン作成件数", "件"),
        plan_targets(3, 5, 5),
        measure="plans created under this project",
    ),
    _new(
        "participation_support_activities",
        23,
        _PS,
        ("本人・受け入れ先への支援件数", "件"),
        plan_targets(72, 120, 120),
        measure="activities to person or receiving org",
    ),
    _new(
        "participation_cooperating_organizations",
        24,
        _PS,
        ("参加支援事業の協力機関・団体数", "箇所"),
        plan_targets(5, 10, 15),
        measure="registry: cooperating orgs at FY end",
    ),
    _new(
        "outreach_support_plans_created",
        25,
        _OR,
        ("支援プラン作成件数", "件"),
        plan_targets(10, 10, 10),
        measure="plans created under this project",
    ),
    _new(
        "outreach_support_activities",
        26,
        _OR,
        ("相談対応・訪問等の支援活動件数", "件"),
        plan_targets(140, 180, 240),
        measure="activities",
    ),
    _new(
        "multi_agency_support_plans_created",
        27,
        _MA,
        ("支援プラン作成件数", "件"),
        plan_targets(20, 20, 20),
        measure="plans created under this project",
    ),
    # The plan's full wording; DOMAIN.md shortens it.
    _new(
        "multi_agency_coordinations",
        28,
        _MA,
        ("多機関協働事業者における庁内連携・多機関連携の調整件数", "件"),
        plan_targets(20, 20, 20),
        measure="coordinations (referrals/coordination events)",
    ),
    _new(
        "multi_agency_training_sessions",
        29,
        _MA,
        ("研修会等開催数", "回"),
        plan_targets(4, 4, 4),
        measure="training sessions",
    ),
)
