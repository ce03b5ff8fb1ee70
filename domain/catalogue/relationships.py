"""続柄: how a household member is related to the household's head (世帯主).

As the residence register (住民票) writes it: each member's relationship is
to the head, and the head is `head`. Codes are stored in events: never rename
one; add new ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Relationship(StrEnum):
    """A member's 続柄, relative to the household's head (世帯主)."""

    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    CHILD_IN_LAW = "child_in_law"
    OTHER_RELATIVE = "other_relative"
    COHABITANT = "cohabitant"

    @property
    def label_ja(self) -> str:
        return RELATIONSHIP_LABELS_JA[self]


RELATIONSHIP_LABELS_JA: Mapping[Relationship, str] = MappingProxyType(
    {
        Relationship.HEAD: "本人（世帯主）",
        Relationship.SPOUSE: "配偶者",
        Relationship.CHILD: "子",
        Relationship.PARENT: "父母",
        Relationship.GRANDPARENT: "祖父母",
        Relationship.GRANDCHILD: "孫",
        Relationship.SIBLING: "兄弟姉妹",
        Relationship.CHILD_IN_LAW: "子の配偶者",
        Relationship.OTHER_RELATIVE: "その他の親族",
        Relationship.COHABITANT: "同居人",
    }
)
