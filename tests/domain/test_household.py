"""A household's dated membership (世帯): given a household, when…, then…."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.errors import (
    AlreadyAMemberError,
    CaseAlreadyLinkedError,
    HeadAlreadyNamedError,
    InvalidDateError,
    InvalidMembershipError,
    NotAHouseholdMemberError,
)
from domain.household import Household
from tests.domain.given import INTAKE_AGENCY, WORKER, recorded_on

FORMED_ON = date(2026, 5, 12)
TODAY = date(2026, 6, 30)


def given_household(*members: tuple[UUID, str]) -> Household:
    household = Household.form(
        uuid4(), INTAKE_AGENCY, FORMED_ON, WORKER, recorded_on(FORMED_ON)
    )
    for person_id, relationship in members:
        household.join(
            uuid4(), person_id, relationship, FORMED_ON, WORKER, recorded_on(FORMED_ON)
        )
    household.collect_events()
    return household


def test_a_member_joins_with_a_coded_relationship_from_a_date() -> None:
    household, son = given_household(), uuid4()

    household.join(uuid4(), son, "child", date(2026, 6, 1), WORKER, recorded_on(TODAY))

    (joined,) = household.collect_events()
    assert isinstance(joined, Household.MemberJoined)
    assert (joined.person_id, joined.relationship) == (son, "child")
    membership = household.current(son)
    assert membership is not None
    assert membership.since == date(2026, 6, 1)
    assert membership.until is None


def test_an_unknown_relationship_is_refused() -> None:
    household = given_household()

    with pytest.raises(InvalidMembershipError, match="relationship must be one of"):
        household.join(uuid4(), uuid4(), "uncle", TODAY, WORKER, recorded_on(TODAY))


@pytest.mark.parametrize(
    ("since", "why"),
    [
        (date(2026, 7, 1), "after today"),
        (date(2026, 5, 11), "before the household's formation"),
    ],
)
def test_a_membership_may_start_neither_in_the_future_nor_before_formation(
    since: date, why: str
) -> None:
    household = given_household()

    with pytest.raises(InvalidDateError, match=why):
        household.join(uuid4(), uuid4(), "child", since, WORKER, recorded_on(TODAY))


def test_a_current_member_does_not_join_twice() -> None:
    son = uuid4()
    household = given_household((son, "child"))

    with pytest.raises(AlreadyAMemberError):
        household.join(uuid4(), son, "child", TODAY, WORKER, recorded_on(TODAY))


def test_a_second_head_is_refused() -> None:
    household = given_household((uuid4(), "head"))

    with pytest.raises(HeadAlreadyNamedError):
        household.join(uuid4(), uuid4(), "head", TODAY, WORKER, recorded_on(TODAY))


def test_a_member_leaves_on_a_day_and_was_a_member_until_then() -> None:
    son = uuid4()
    household = given_household((son, "child"))

    household.leave(son, date(2026, 6, 10), WORKER, recorded_on(TODAY))

    (left,) = household.collect_events()
    assert isinstance(left, Household.MemberLeft)
    assert household.current(son) is None
    household.check_member_on(son, date(2026, 6, 10))
    with pytest.raises(NotAHouseholdMemberError):
        household.check_member_on(son, date(2026, 6, 11))


def test_leaving_before_joining_is_refused() -> None:
    son = uuid4()
    household = given_household((son, "child"))

    with pytest.raises(InvalidDateError, match="before the membership's start"):
        household.leave(son, date(2026, 5, 1), WORKER, recorded_on(date(2026, 5, 20)))


def test_a_member_who_left_may_join_again_as_a_new_period() -> None:
    son = uuid4()
    household = given_household((son, "child"))
    household.leave(son, date(2026, 6, 1), WORKER, recorded_on(TODAY))

    household.join(uuid4(), son, "child", date(2026, 6, 20), WORKER, recorded_on(TODAY))

    periods = [m for m in household.memberships.values() if m.person_id == son]
    assert [(m.since, m.until) for m in periods] == [
        (FORMED_ON, date(2026, 6, 1)),
        (date(2026, 6, 20), None),
    ]


def test_a_relationship_is_corrected_as_an_event_of_its_own() -> None:
    son = uuid4()
    household = given_household((son, "cohabitant"))

    household.correct_relationship(son, "child", WORKER)

    (corrected,) = household.collect_events()
    assert isinstance(corrected, Household.RelationshipCorrected)
    membership = household.current(son)
    assert membership is not None
    assert membership.relationship == "child"


def test_correcting_to_the_same_relationship_is_refused() -> None:
    son = uuid4()
    household = given_household((son, "child"))

    with pytest.raises(InvalidMembershipError, match="already"):
        household.correct_relationship(son, "child", WORKER)


def test_a_case_concerns_the_household_only_through_a_current_member() -> None:
    mother = uuid4()
    household = given_household((mother, "head"))

    with pytest.raises(NotAHouseholdMemberError):
        household.link_case(uuid4(), uuid4(), WORKER)


def test_a_case_is_linked_once() -> None:
    mother, case_id = uuid4(), uuid4()
    household = given_household((mother, "head"))
    household.link_case(case_id, mother, WORKER)

    with pytest.raises(CaseAlreadyLinkedError):
        household.link_case(case_id, mother, WORKER)


def test_a_household_is_not_formed_in_the_future() -> None:
    with pytest.raises(InvalidDateError, match="after today"):
        Household.form(
            uuid4(), INTAKE_AGENCY, date(2026, 7, 1), WORKER, recorded_on(TODAY)
        )
