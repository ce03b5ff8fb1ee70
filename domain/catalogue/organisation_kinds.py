"""Kinds of cooperating organisation (協力機関・団体) for participation support."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class OrganisationKind(StrEnum):
    """What kind of body a cooperating organisation (協力機関・団体) is.

    参加支援事業 finds places for a person to take part: work, volunteering,
    a place to belong. Values are stored in events: never rename them.
    """

    EMPLOYER = "employer"
    NPO = "npo"
    FARM = "farm"
    SOCIAL_WELFARE_CORPORATION = "social_welfare_corporation"
    COMMUNITY_GROUP = "community_group"
    SCHOOL = "school"
    PUBLIC_BODY = "public_body"
    OTHER = "other"

    @property
    def label_ja(self) -> str:
        """The Japanese name, e.g. 企業・事業所."""
        return ORGANISATION_KIND_LABELS_JA[self]


ORGANISATION_KIND_LABELS_JA: Mapping[OrganisationKind, str] = MappingProxyType(
    {
        OrganisationKind.EMPLOYER: "企業・事業所",
        OrganisationKind.NPO: "NPO法人",
        OrganisationKind.FARM: "農家・農業法人",
        OrganisationKind.SOCIAL_WELFARE_CORPORATION: "社会福祉法人",
        OrganisationKind.COMMUNITY_GROUP: "地域の団体・サロン",
        OrganisationKind.SCHOOL: "学校・教育機関",
        OrganisationKind.PUBLIC_BODY: "公共機関",
        OrganisationKind.OTHER: "その他",
    }
)
