"""名寄せ: two records of one person merged, the absorbed one into the survivor."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.errors import InvalidMergeError, PersonErasedError, PersonMergedError
from domain.person import Person
from tests.domain.test_person import given_person

ON = date(2026, 6, 30)


def test_a_merge_records_an_event_on_each_record() -> None:
    survivor, absorbed = given_person(), given_person()

    absorbed.merge_into(survivor, ON, "user-1")

    (merged,) = absorbed.collect_events()
    (took,) = survivor.collect_events()
    assert isinstance(merged, Person.MergedInto)
    assert isinstance(took, Person.Absorbed)
    assert (merged.survivor_id, took.absorbed_id) == (survivor.id, absorbed.id)
    assert absorbed.merged_into == survivor.id
    assert survivor.absorbed == {str(absorbed.id): ON}


def test_a_record_is_not_merged_into_itself() -> None:
    person = given_person()

    with pytest.raises(InvalidMergeError):
        person.merge_into(person, ON, "user-1")


def test_a_merged_record_takes_no_further_act() -> None:
    survivor, absorbed = given_person(), given_person()
    absorbed.merge_into(survivor, ON, "user-1")
    absorbed.collect_events()

    with pytest.raises(PersonMergedError):
        absorbed.request_right(uuid4(), "correction", "R8-訂正-1", "user-1", ON)

    assert absorbed.collect_events() == []


def test_nothing_is_merged_into_a_merged_record() -> None:
    survivor, absorbed, third = given_person(), given_person(), given_person()
    absorbed.merge_into(survivor, ON, "user-1")

    with pytest.raises(PersonMergedError):
        third.merge_into(absorbed, ON, "user-1")


def test_an_erased_record_is_not_merged() -> None:
    survivor, erased = given_person(), given_person()
    erased.erase_after_retention(ON, "保存期間満了", "run-1", "user-1")

    with pytest.raises(PersonErasedError):
        erased.merge_into(survivor, ON, "user-1")


def test_a_record_from_before_merges_reads_as_never_merged() -> None:
    person = given_person()

    assert (person.merged_into, dict(person.absorbed)) == (None, {})
