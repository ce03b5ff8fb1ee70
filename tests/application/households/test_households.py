"""Households on both stores: intake forms or joins one; reads show what is allowed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from application.access.log import AccessLogQuery
from application.access.policy import Action
from application.case_ledger import CaseLedger
from application.cases.forms import HouseholdChoice, PersonForm
from application.errors import NotFoundError, NotYourAgencyError
from application.households.forms import MemberForm
from domain.errors import InvalidDateError
from domain.household import Household
from tests.application.given import (
    INTAKE_WORKER,
    NAME,
    TODAY,
    an_intake,
    recorded_after_seeding,
)
from tests.application.households.given import (
    SHARER,
    SON,
    STRANGER,
    given_household,
    given_shared_with_shakyo,
)


def test_an_intake_forms_a_household_with_the_person_as_a_member(
    ledger: CaseLedger,
) -> None:
    intake = replace(an_intake(), household=HouseholdChoice("head"))

    opened = ledger.open_case(INTAKE_WORKER, intake)

    household_id = ledger.get_case(opened.case_id).intake.household_id
    assert household_id is not None
    household = ledger.load(Household, household_id, None)
    member = household.current(opened.person_id)
    assert member is not None
    assert (member.relationship, member.since) == ("head", date(2026, 5, 12))
    assert household.agency == "chuo_houkatsu"
    assert [c.case_id for c in household.cases.values()] == [opened.case_id]


def test_a_second_intake_joins_the_household_and_its_case_is_linked(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    choice = HouseholdChoice("spouse", given.household_id)
    intake = replace(an_intake(name="大田原 太郎"), household=choice)

    opened = ledger.open_case(INTAKE_WORKER, intake)

    household = ledger.load(Household, given.household_id, None)
    assert ledger.get_case(opened.case_id).intake.household_id == given.household_id
    assert len(household.cases) == 2
    member = household.current(opened.person_id)
    assert member is not None
    assert member.relationship == "spouse"


def test_an_intake_naming_an_unknown_household_records_nothing(
    ledger: CaseLedger,
) -> None:
    intake = replace(an_intake(), household=HouseholdChoice("head", uuid4()))

    with pytest.raises(NotFoundError):
        ledger.open_case(INTAKE_WORKER, intake)

    assert recorded_after_seeding(ledger) == []  # no person, no case


def test_a_household_is_unknown_to_an_agency_with_no_tie_to_it(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)

    with pytest.raises(NotFoundError):
        ledger.authorise_household(STRANGER, Action.READ_HOUSEHOLD, given.household_id)


def test_a_refused_read_of_a_household_is_logged_as_denied(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)

    with pytest.raises(NotFoundError):
        ledger.read_household(STRANGER, given.household_id, "case_work")

    (entry,) = ledger.access_log(AccessLogQuery(outcome="denied")).entries
    assert (entry.resource_type, entry.reason) == ("household", "not_found")


def test_the_keeper_reads_every_member_with_names_and_each_read_is_logged(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)

    view = ledger.read_household(INTAKE_WORKER, given.household_id, "case_work")

    names = {m.person_id: (m.name, m.relationship_ja) for m in view.members}
    assert names == {
        given.mother.person_id: (NAME, "本人（世帯主）"),
        given.son_id: (SON, "子"),
    }
    assert view.view == "full"
    logged = ledger.access_log(AccessLogQuery()).entries
    assert [(e.resource_type, e.action) for e in logged] == [
        ("household", "read_full"),
        ("person", "read_identity"),
        ("person", "read_identity"),
    ]


def test_a_sharer_sees_only_the_member_whose_case_it_may_read(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    given_shared_with_shakyo(ledger, given.mother.case_id)

    view = ledger.read_household(SHARER, given.household_id, "case_work")

    (member,) = view.members
    assert member.person_id == given.mother.person_id
    assert member.name == NAME
    assert member.case_ids == (given.mother.case_id,)
    assert view.view == "shared"


def test_only_the_households_keepers_change_its_membership(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    given_shared_with_shakyo(ledger, given.mother.case_id)

    with pytest.raises(NotYourAgencyError):
        ledger.authorise_household(SHARER, Action.MANAGE_HOUSEHOLD, given.household_id)


def test_a_member_leaves_and_the_read_shows_the_period(ledger: CaseLedger) -> None:
    given = given_household(ledger)

    ledger.end_membership(
        INTAKE_WORKER, given.household_id, given.son_id, date(2026, 6, 15)
    )

    view = ledger.read_household(INTAKE_WORKER, given.household_id, "case_work")
    (son,) = [m for m in view.members if m.person_id == given.son_id]
    assert (son.since, son.until) == (date(2026, 5, 12), date(2026, 6, 15))


def test_a_relationship_corrected_is_read_as_corrected(ledger: CaseLedger) -> None:
    given = given_household(ledger)

    version = ledger.correct_relationship(
        INTAKE_WORKER, given.household_id, given.son_id, "grandchild"
    )

    household = ledger.load(Household, given.household_id, version)
    member = household.current(given.son_id)
    assert member is not None
    assert member.relationship == "grandchild"


def test_a_member_registered_with_a_future_start_is_refused_whole(
    ledger: CaseLedger,
) -> None:
    given = given_household(ledger)
    late = date(2026, 7, 1)
    form = MemberForm(PersonForm("大田原 次郎"), "grandchild", late)

    with pytest.raises(InvalidDateError, match="after today"):
        ledger.add_member(INTAKE_WORKER, given.household_id, form)

    household = ledger.load(Household, given.household_id, None)
    assert len(household.memberships) == 2
    assert late > TODAY
