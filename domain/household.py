"""The household (世帯): who lives together, how related, from when to when.

A household holds no personal text: its members are person ids with a coded
続柄 and dated periods, and the cases that concern it. Whatever is written
about a member lives in a case, under that member's own key
(`docs/households.md`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.catalogue.relationships import Relationship
from domain.errors import (
    AlreadyAMemberError,
    CaseAlreadyLinkedError,
    HeadAlreadyNamedError,
    InvalidMembershipError,
    NotAHouseholdMemberError,
)
from domain.household_membership import HouseholdCase, Membership
from domain.recording import Recording


class Household(Aggregate):
    """A household (世帯) whose membership is dated, event by event."""

    class Formed(Aggregate.Created):
        """The household was formed in the ledger (世帯の登録) by an agency."""

        agency: str
        formed_on: date
        recorded_by: str

    class MemberJoined(Aggregate.Event):
        """A person became a member (世帯員の加入), with their 続柄."""

        membership_id: UUID
        person_id: UUID
        relationship: str
        since: date
        recorded_by: str

        def apply(self, household: Household) -> None:
            household.memberships[str(self.membership_id)] = Membership(
                self.membership_id, self.person_id, self.relationship, self.since
            )

    class MemberLeft(Aggregate.Event):
        """A member left the household (世帯員の転出・離脱) after `until`."""

        membership_id: UUID
        person_id: UUID
        until: date
        recorded_by: str

        def apply(self, household: Household) -> None:
            key = str(self.membership_id)
            household.memberships[key] = replace(
                household.memberships[key], until=self.until
            )

    class RelationshipCorrected(Aggregate.Event):
        """A member's 続柄 was corrected (続柄の訂正)."""

        membership_id: UUID
        person_id: UUID
        relationship: str
        recorded_by: str

        def apply(self, household: Household) -> None:
            key = str(self.membership_id)
            household.memberships[key] = replace(
                household.memberships[key], relationship=self.relationship
            )

    class CaseLinked(Aggregate.Event):
        """A case about one member concerns the household (世帯の相談)."""

        case_id: UUID
        person_id: UUID
        recorded_by: str

        def apply(self, household: Household) -> None:
            household.cases[str(self.case_id)] = HouseholdCase(
                self.case_id, self.person_id
            )

    @event(Formed)
    def __init__(
        self, id: UUID, agency: str, formed_on: date, recorded_by: str
    ) -> None:
        self.agency = agency
        self.formed_on = formed_on
        self.memberships: dict[str, Membership] = {}
        self.cases: dict[str, HouseholdCase] = {}

    @classmethod
    def form(
        cls,
        household_id: UUID,
        agency: str,
        formed_on: date,
        recorded_by: str,
        recording: Recording,
    ) -> Household:
        recording.check("formed_on", formed_on)
        return cls(
            id=household_id, agency=agency, formed_on=formed_on, recorded_by=recorded_by
        )

    def join(  # noqa: PLR0917 (the member's facts)
        self,
        membership_id: UUID,
        person_id: UUID,
        relationship: str,
        since: date,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """A member from `since`, not before the household was formed."""
        if self.current(person_id) is not None:
            raise AlreadyAMemberError(str(person_id))
        self._check_relationship(relationship)
        formed = ("the household's formation", self.formed_on)
        recording.check("since", since, after=formed)
        self._emit(
            "MemberJoined",
            membership_id=membership_id,
            person_id=person_id,
            relationship=relationship,
            since=since,
            recorded_by=recorded_by,
        )

    def leave(
        self, person_id: UUID, until: date, recorded_by: str, recording: Recording
    ) -> None:
        """The member's last day in the household is `until`."""
        membership = self._current_or_refuse(person_id)
        start = ("the membership's start", membership.since)
        recording.check("until", until, after=start)
        self._emit(
            "MemberLeft",
            membership_id=membership.membership_id,
            person_id=person_id,
            until=until,
            recorded_by=recorded_by,
        )

    def correct_relationship(
        self, person_id: UUID, relationship: str, recorded_by: str
    ) -> None:
        """Correct a current member's 続柄 (a correction, not a change of life)."""
        membership = self._current_or_refuse(person_id)
        if relationship == membership.relationship:
            raise InvalidMembershipError(f"the 続柄 is {relationship} already")
        self._check_relationship(relationship)
        self._emit(
            "RelationshipCorrected",
            membership_id=membership.membership_id,
            person_id=person_id,
            relationship=relationship,
            recorded_by=recorded_by,
        )

    def link_case(self, case_id: UUID, person_id: UUID, recorded_by: str) -> None:
        """A case about a current member concerns the household."""
        self._current_or_refuse(person_id)
        if str(case_id) in self.cases:
            raise CaseAlreadyLinkedError(str(case_id))
        self._emit(
            "CaseLinked", case_id=case_id, person_id=person_id, recorded_by=recorded_by
        )

    def current(self, person_id: UUID) -> Membership | None:
        """The person's membership now, if they are a member."""
        return next(
            (
                m
                for m in self.memberships.values()
                if m.person_id == person_id and m.is_current()
            ),
            None,
        )

    def check_member_on(self, person_id: UUID, day: date) -> None:
        """Refuse a person who was not a member on `day`."""
        if not any(
            m.person_id == person_id and m.covers(day)
            for m in self.memberships.values()
        ):
            raise NotAHouseholdMemberError(
                f"{person_id} is not a member of the household on {day}"
            )

    def _current_or_refuse(self, person_id: UUID) -> Membership:
        membership = self.current(person_id)
        if membership is None:
            raise NotAHouseholdMemberError(f"{person_id} is not a current member")
        return membership

    def _check_relationship(self, relationship: str) -> None:
        if relationship not in set(Relationship):
            known = sorted(Relationship)
            raise InvalidMembershipError(f"relationship must be one of {known}")
        if relationship == Relationship.HEAD and any(
            m.relationship == Relationship.HEAD and m.is_current()
            for m in self.memberships.values()
        ):
            raise HeadAlreadyNamedError("the household has a head already")

    def _emit(self, name: str, **fields: object) -> None:
        self.trigger_event(getattr(type(self), name), **fields)
