"""A household as one reader may see it: its members, names only on a basis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain.catalogue.relationships import Relationship
from domain.household import Household
from domain.household_membership import Membership


@dataclass(frozen=True)
class MemberView:
    """One period of membership; `name` only where the reader has a basis.

    `case_ids` are the member's cases in this household that the reader may
    read; `name` is given when one of them shows the reader the person's
    identity (`basic`), or, for a member registered through the household
    with no case of their own, to the household's keepers.
    """

    person_id: UUID
    relationship: str
    relationship_ja: str
    since: date
    until: date | None
    name: str | None
    case_ids: tuple[UUID, ...]


@dataclass(frozen=True)
class HouseholdView:
    """The household: who formed it, when, and the members this reader sees."""

    household_id: UUID
    version: int
    agency: str
    formed_on: date
    view: str  # "full" for its keepers, "shared" for an agency tied by a case
    members: tuple[MemberView, ...]


@dataclass(frozen=True)
class MemberAccess:
    """What the reader may know of one member (worked out by the ledger)."""

    readable_cases: tuple[UUID, ...]
    name: str | None


def member_view(membership: Membership, access: MemberAccess) -> MemberView:
    relationship = membership.relationship
    return MemberView(
        person_id=membership.person_id,
        relationship=relationship,
        relationship_ja=Relationship(relationship).label_ja,
        since=membership.since,
        until=membership.until,
        name=access.name,
        case_ids=access.readable_cases,
    )


def household_view(
    household: Household, full: bool, members: tuple[MemberView, ...]
) -> HouseholdView:
    return HouseholdView(
        household_id=household.id,
        version=household.version,
        agency=household.agency,
        formed_on=household.formed_on,
        view="full" if full else "shared",
        members=members,
    )
