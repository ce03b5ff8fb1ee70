"""Intake of a person held already, or of a new one checked for duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.errors import NotFoundError, PossibleDuplicateError
from domain.errors import InvalidIntakeError, PersonErasedError
from domain.personal import Personal
from interfaces.config import Settings
from tests.application.given import INTAKE_WORKER, given_erased
from tests.application.people.given_people import (
    STRANGER,
    held_person,
    new_person,
    of,
)
from tests.application.people.raw_scan import everything


def test_a_new_person_matching_one_held_is_refused_naming_the_callers_case(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())

    with pytest.raises(PossibleDuplicateError) as refused:
        people.open(new_person("おおたわら　はなこ"))

    (candidate,) = refused.value.candidates
    assert (candidate.person_id, candidate.case_ids) == (
        first.person_id,
        (first.case_id,),
    )
    assert refused.value.unseen == 0


def test_another_agency_is_told_only_how_many_match(ledger: CaseLedger) -> None:
    people = of(ledger)
    people.open(new_person())

    with pytest.raises(PossibleDuplicateError) as refused:
        people.open(new_person("ｵｵﾀﾜﾗ ﾊﾅｺ", agency="seibu_houkatsu"), STRANGER)

    assert (refused.value.candidates, refused.value.unseen) == ((), 1)


def test_a_confirmed_new_person_is_registered_beside_the_match(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())

    second = people.open(new_person(confirm=True))

    assert second.person_id != first.person_id
    assert ledger.get_person(second.person_id).id == second.person_id


def test_another_birth_date_is_someone_else(ledger: CaseLedger) -> None:
    people = of(ledger)
    first = people.open(new_person())

    second = people.open(new_person(born=date(1944, 3, 3)))

    assert second.person_id != first.person_id


def test_an_erased_person_leaves_nothing_to_match(ledger: CaseLedger) -> None:
    people = of(ledger)
    first = people.open(new_person())
    given_erased(ledger, first.person_id)

    second = people.open(new_person())

    assert [person for _, person in entries(ledger)] == [str(second.person_id)]


def test_the_index_keeps_a_keyed_hash_never_the_kana(ledger: CaseLedger) -> None:
    people = of(ledger)

    opened = people.open(new_person())

    ((match, person),) = entries(ledger)
    assert person == str(opened.person_id)
    assert len(match) == 64
    assert ledger.match_index.find(match) == [opened.person_id]


def entries(ledger: CaseLedger) -> list[tuple[str, str]]:
    """Every row of the match index, as stored."""
    table = ledger.match_index._table  # type: ignore[attr-defined]
    datastore = ledger.recorder.datastore  # type: ignore[attr-defined]
    with datastore.transaction(commit=False) as cursor:
        cursor.execute(f"SELECT match, person_id FROM {table}")
        return [(str(r["match"]), str(r["person_id"])) for r in cursor.fetchall()]


def test_a_held_person_named_by_id_gets_a_second_case(ledger: CaseLedger) -> None:
    people = of(ledger)
    first = people.open(new_person())

    second = people.open(held_person(first.person_id))

    assert second.person_id == first.person_id
    assert second.case_id != first.case_id
    assert ledger.get_case(second.case_id).intake.person_id == first.person_id


def test_a_person_of_another_agency_is_not_found_by_id(ledger: CaseLedger) -> None:
    people = of(ledger)
    first = people.open(new_person())

    with pytest.raises(NotFoundError):
        people.open(held_person(first.person_id, "seibu_houkatsu"), STRANGER)


def test_an_unknown_person_id_is_not_found_alike(ledger: CaseLedger) -> None:
    people = of(ledger)

    with pytest.raises(NotFoundError):
        people.open(held_person(INTAKE_WORKER.user_id))


def test_an_erased_person_gets_no_new_case(ledger: CaseLedger) -> None:
    people = of(ledger)
    first = people.open(new_person())
    given_erased(ledger, first.person_id)

    with pytest.raises(PersonErasedError):
        people.open(held_person(first.person_id))


def test_an_intake_names_a_new_person_or_a_held_one_not_both(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())
    both = replace(held_person(first.person_id), person=new_person().person)

    with pytest.raises(InvalidIntakeError):
        people.open(both)


def test_after_erasure_no_file_holds_the_persons_match(
    ledger: CaseLedger, settings: Settings
) -> None:
    people = of(ledger)
    first = people.open(new_person())
    ((match, _),) = entries(ledger)
    assert match.encode() in everything(settings)  # the control: the scan sees it

    given_erased(ledger, first.person_id)

    assert match.encode() not in everything(settings)


def test_a_corrected_kana_is_matched_once_the_person_is_reindexed(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())
    person = ledger.get_person(first.person_id)
    kana = Personal(first.person_id, "オオタワラ ハナエ")
    request_id, on = uuid4(), date(2026, 6, 30)
    person.request_right(request_id, "correction", "R8-訂正-7", "user-1", on)
    person.correct_identity(
        request_id, replace(person.identity, name_kana=kana), "user-1", on
    )
    ledger.commit(person)

    ledger.index_person(first.person_id)

    with pytest.raises(PossibleDuplicateError):
        people.open(new_person("オオタワラ ハナエ"))
    assert people.open(new_person()).person_id != first.person_id


def test_each_match_is_in_the_access_log_named_or_withheld(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())

    for actor, agency in (
        (INTAKE_WORKER, "chuo_houkatsu"),
        (STRANGER, "seibu_houkatsu"),
    ):
        with pytest.raises(PossibleDuplicateError):
            people.open(new_person(agency=agency), actor)

    page = ledger.access_log(AccessLogQuery(resource_id=str(first.person_id)))
    assert [(e.agency, e.action, e.outcome, e.reason) for e in page.entries] == [
        ("chuo_houkatsu", "duplicate_check", "allowed", None),
        ("seibu_houkatsu", "duplicate_check", "denied", "not_found"),
    ]
