"""Kinds of activity (活動の種類) recorded on a case, and the 事業 they belong to."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from domain.catalogue.projects import Project


class ActivityKind(StrEnum):
    """A kind of activity (活動の種類) done for a case.

    Several are what an indicator counts (❶–❹ of the 地域包括支援センター, the
    participation-support counts). Values are stored in events: never rename.
    """

    CONSULTATION = "consultation"
    HOME_VISIT = "home_visit"
    ACCOMPANIED_VISIT = "accompanied_visit"
    PHONE = "phone"
    PARTICIPATION_SUPPORT_PERSON = "participation_support_person"
    PARTICIPATION_SUPPORT_RECEIVER = "participation_support_receiver"
    PREVENTIVE_CARE_MANAGEMENT = "preventive_care_management"
    GENERAL_CONSULTATION = "general_consultation"
    RIGHTS_ADVOCACY = "rights_advocacy"
    CONTINUOUS_CARE_MANAGEMENT_SUPPORT = "continuous_care_management_support"
    PROVIDER_GUIDANCE = "provider_guidance"
    PREGNANCY_CONSULTATION = "pregnancy_consultation"
    COORDINATION = "coordination"
    ASSESSMENT = "assessment"

    @property
    def label_ja(self) -> str:
        """The Japanese name, e.g. 訪問 or ❸権利擁護."""
        return ACTIVITY_LABELS_JA[self]


ACTIVITY_LABELS_JA: Mapping[ActivityKind, str] = MappingProxyType(
    {
        ActivityKind.CONSULTATION: "相談対応",
        ActivityKind.HOME_VISIT: "訪問",
        ActivityKind.ACCOMPANIED_VISIT: "同行支援",
        ActivityKind.PHONE: "電話",
        ActivityKind.PARTICIPATION_SUPPORT_PERSON: "参加支援（本人）",
        ActivityKind.PARTICIPATION_SUPPORT_RECEIVER: "参加支援（受け入れ先）",
        ActivityKind.PREVENTIVE_CARE_MANAGEMENT: "❶介護予防ケアマネジメント",
        ActivityKind.GENERAL_CONSULTATION: "❷総合相談支援",
        ActivityKind.RIGHTS_ADVOCACY: "❸権利擁護",
        ActivityKind.CONTINUOUS_CARE_MANAGEMENT_SUPPORT: (
            "❹包括的・継続的ケアマネジメント支援"
        ),
        ActivityKind.PROVIDER_GUIDANCE: "相談支援事業者への指導・助言",
        ActivityKind.PREGNANCY_CONSULTATION: "妊婦等包括相談支援",
        ActivityKind.COORDINATION: "庁内連携・多機関連携の調整",
        ActivityKind.ASSESSMENT: "アセスメント",
    }
)

_CC = Project.COMPREHENSIVE_CONSULTATION

# Where the plan fixes the 事業 of a kind, because an indicator of that 事業
# counts it: the duties ❶–❹ (包括/介護), provider guidance (包括/障害), pregnancy
# consultations (包括/子育て), participation support (indicator 23) and
# coordination (多機関協働, indicator 28). Kinds not listed fit every 事業.
ACTIVITY_PROJECTS: Mapping[ActivityKind, Project] = MappingProxyType(
    {
        ActivityKind.PREVENTIVE_CARE_MANAGEMENT: _CC,
        ActivityKind.GENERAL_CONSULTATION: _CC,
        ActivityKind.RIGHTS_ADVOCACY: _CC,
        ActivityKind.CONTINUOUS_CARE_MANAGEMENT_SUPPORT: _CC,
        ActivityKind.PROVIDER_GUIDANCE: _CC,
        ActivityKind.PREGNANCY_CONSULTATION: _CC,
        ActivityKind.PARTICIPATION_SUPPORT_PERSON: Project.PARTICIPATION_SUPPORT,
        ActivityKind.PARTICIPATION_SUPPORT_RECEIVER: Project.PARTICIPATION_SUPPORT,
        ActivityKind.COORDINATION: Project.MULTI_AGENCY,
    }
)


def fits_project(kind: ActivityKind, project: Project) -> bool:
    """Whether an activity of this kind may be recorded under this 事業."""
    fixed = ACTIVITY_PROJECTS.get(kind)
    return fixed is None or fixed is project
