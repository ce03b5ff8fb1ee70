"""名寄せ through the ledger: both ids in history, reads and erasure follow it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import OpenedCase
from application.errors import NotFoundError
from application.people.disclosure_copy import THIRD_PARTY
from domain.catalogue.retention import DEFAULT_SCHEDULE
from tests.application.given import INTAKE_WORKER, an_intake, given_erased
from tests.application.people.given_people import (
    STRANGER,
    SUPERVISOR,
    People,
    held_person,
    new_person,
    of,
)
from tests.application.people.given_rights import given_copy
from tests.support.clock import TestClock


def given_merged(people: People, survivor: OpenedCase, absorbed: OpenedCase) -> int:
    cases = people.cases(SUPERVISOR)
    return people.ledger.merge_persons(
        SUPERVISOR, survivor.person_id, absorbed.person_id, cases
    )


def given_closed(ledger: CaseLedger, opened: OpenedCase) -> None:
    closed_on = date(2026, 6, 1)
    ledger.close_case(
        INTAKE_WORKER, opened.case_id, closed_on, None, reason_code="goals_reached"
    )


def given_two_records(people: People) -> tuple[OpenedCase, OpenedCase]:
    first = people.open(new_person())
    second = people.open(new_person("オオタワラ ハナコ", confirm=True))
    return first, second


def test_a_merge_keeps_both_ids_in_history(ledger: CaseLedger) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)

    version = given_merged(people, survivor, absorbed)

    kept = ledger.get_person(survivor.person_id)
    gone = ledger.get_person(absorbed.person_id)
    assert (kept.version, list(kept.absorbed)) == (version, [str(absorbed.person_id)])
    assert gone.merged_into == survivor.person_id


def test_an_intake_naming_the_absorbed_id_opens_on_the_survivor(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)
    given_merged(people, survivor, absorbed)

    opened = people.open(held_person(absorbed.person_id))

    assert opened.person_id == survivor.person_id


def test_after_a_merge_a_new_intake_matches_the_survivor_alone(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)
    given_merged(people, survivor, absorbed)

    matches = ledger.match_index.find(_match_of(ledger))

    assert matches == [survivor.person_id]


def _match_of(ledger: CaseLedger) -> str:
    person = new_person().person
    assert person is not None
    match = ledger._match_of(person)
    assert match is not None
    return match


def test_a_record_of_another_agency_is_not_found(ledger: CaseLedger) -> None:
    people = of(ledger)
    own = people.open(new_person())
    other = people.open(new_person(agency="seibu_houkatsu", confirm=True), STRANGER)

    with pytest.raises(NotFoundError):
        ledger.merge_persons(
            SUPERVISOR, own.person_id, other.person_id, people.cases(SUPERVISOR)
        )

    assert ledger.get_person(other.person_id).merged_into is None


def test_erasing_the_survivor_erases_the_absorbed_record_too(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)
    given_merged(people, survivor, absorbed)

    given_erased(ledger, survivor.person_id)

    assert ledger.keyring.is_destroyed(absorbed.person_id)
    assert ledger.get_person(absorbed.person_id).identity.name.erased


def test_retention_keeps_a_survivor_whose_absorbed_record_has_an_open_case(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)
    given_closed(ledger, survivor)
    given_merged(people, survivor, absorbed)
    ledger.today = TestClock(date(2031, 6, 10)).today

    due = ledger.retention_due(DEFAULT_SCHEDULE)

    assert due == []


def test_retention_finds_a_merged_person_due_with_every_case(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)
    for opened in (survivor, absorbed):
        given_closed(ledger, opened)
    given_merged(people, survivor, absorbed)
    ledger.today = TestClock(date(2031, 6, 10)).today

    (due,) = ledger.retention_due(DEFAULT_SCHEDULE)

    assert due.person_id == survivor.person_id
    assert set(due.case_ids) == {survivor.case_id, absorbed.case_id}


def test_the_copy_of_a_survivor_holds_the_absorbed_records_case_as_its_own(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    survivor, absorbed = given_two_records(people)
    given_merged(people, survivor, absorbed)

    copy = given_copy(ledger, survivor.person_id)

    cases = {c["case_id"]: c for c in copy.content["cases"]}
    assert set(cases) == {str(survivor.case_id), str(absorbed.case_id)}
    assert cases[str(absorbed.case_id)]["summary"] == an_intake().summary
    assert THIRD_PARTY not in json.dumps(copy.content, ensure_ascii=False)
