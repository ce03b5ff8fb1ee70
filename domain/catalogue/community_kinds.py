"""Kinds of community record (地域の取組) and of tally (集計値) the indicators count.

Cross-case facts: no person is named in them, so none is personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class CommunityKind(StrEnum):
    """A kind of cross-case fact (地域の取組): a session, meeting or new service.

    Values are stored in events: never rename them.
    """

    TRAINING_SESSION = "training_session"
    CASE_STUDY_MEETING = "case_study_meeting"
    EXPERT_SUBCOMMITTEE_MEETING = "expert_subcommittee_meeting"
    STAFF_DEVELOPMENT_SUPPORT = "staff_development_support"
    LIAISON_INITIATIVE = "liaison_initiative"
    COUNCIL_MEETING = "council_meeting"
    NEW_SERVICE_CREATED = "new_service_created"

    @property
    def label_ja(self) -> str:
        """The plan's Japanese name, e.g. 研修会等."""
        return COMMUNITY_KIND_LABELS_JA[self]

    @property
    def indicator_numbers(self) -> tuple[int, ...]:
        """The numbers of the indicators this kind counts toward."""
        return COMMUNITY_KIND_INDICATORS[self]


COMMUNITY_KIND_LABELS_JA: Mapping[CommunityKind, str] = MappingProxyType(
    {
        CommunityKind.TRAINING_SESSION: "研修会等",
        CommunityKind.CASE_STUDY_MEETING: "事例検討",
        CommunityKind.EXPERT_SUBCOMMITTEE_MEETING: "専門部会",
        CommunityKind.STAFF_DEVELOPMENT_SUPPORT: "相談支援事業者の人材育成の支援",
        CommunityKind.LIAISON_INITIATIVE: "相談機関との連携強化の取組",
        CommunityKind.COUNCIL_MEETING: "第2層協議体",
        CommunityKind.NEW_SERVICE_CREATED: "協議体において創出された新しいサービス",
    }
)

COMMUNITY_KIND_INDICATORS: Mapping[CommunityKind, tuple[int, ...]] = MappingProxyType(
    {
        CommunityKind.TRAINING_SESSION: (29,),
        CommunityKind.CASE_STUDY_MEETING: (8, 9),
        CommunityKind.EXPERT_SUBCOMMITTEE_MEETING: (10,),
        CommunityKind.STAFF_DEVELOPMENT_SUPPORT: (6,),
        CommunityKind.LIAISON_INITIATIVE: (7,),
        CommunityKind.COUNCIL_MEETING: (15,),
        CommunityKind.NEW_SERVICE_CREATED: (16,),
    }
)


class TallyKind(StrEnum):
    """A figure a consigned operator reports per month (集計値, shukeichi).

    `volunteers_registered` is a stock: the latest report in a fiscal year
    counts. `child_rearing_center_monthly_users` is per centre per month and
    averaged over the months. The others are summed. Values are stored in
    events: never rename them.
    """

    WATCH_ACTIVITIES = "watch_activities"
    CHILD_REARING_CENTER_MONTHLY_USERS = "child_rearing_center_monthly_users"
    VOLUNTEERS_REGISTERED = "volunteers_registered"
    ACTIVITY_CENTER_USERS = "activity_center_users"

    @property
    def label_ja(self) -> str:
        """The plan's Japanese name, e.g. 見守り活動件数."""
        return TALLY_KIND_LABELS_JA[self]

    @property
    def indicator_number(self) -> int:
        """The number of the indicator this figure counts toward."""
        return TALLY_KIND_INDICATORS[self]


TALLY_KIND_LABELS_JA: Mapping[TallyKind, str] = MappingProxyType(
    {
        TallyKind.WATCH_ACTIVITIES: "見守り活動件数",
        TallyKind.CHILD_REARING_CENTER_MONTHLY_USERS: "ひと月あたりの利用者数",
        TallyKind.VOLUNTEERS_REGISTERED: "与一いきいきメイト登録者数",
        TallyKind.ACTIVITY_CENTER_USERS: "地域活動支援センターの利用者数",
    }
)

TALLY_KIND_INDICATORS: Mapping[TallyKind, int] = MappingProxyType(
    {
        TallyKind.WATCH_ACTIVITIES: 21,
        TallyKind.CHILD_REARING_CENTER_MONTHLY_USERS: 20,
        TallyKind.VOLUNTEERS_REGISTERED: 14,
        TallyKind.ACTIVITY_CENTER_USERS: 18,
    }
)
