"""Rules of the person (本人) and of personal data values."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.errors import InvalidPersonError, PersonErasedError
from domain.person import Identity, Person
from domain.personal import Personal


def an_identity(person_id: UUID, name: str = "大田原 花子") -> Identity:
    return Identity(
        name=Personal(person_id, name),
        name_kana=Personal(person_id, "オオタワラ ハナコ"),
        birth_date=Personal(person_id, "1944-03-02"),
        address=Personal(person_id, "大田原市本町1丁目"),
        phone=None,
    )


def given_person() -> Person:
    person_id = uuid4()
    person = Person.register(person_id, an_identity(person_id), "user-1")
    person.collect_events()
    return person


def test_registering_a_person_records_their_identity_under_their_id() -> None:
    person_id = uuid4()

    person = Person.register(person_id, an_identity(person_id), "user-1")

    (registered,) = person.collect_events()
    assert isinstance(registered, Person.Registered)
    assert registered.originator_id == person_id
    assert registered.identity.name.text == "大田原 花子"


def test_a_person_without_a_name_is_refused() -> None:
    person_id = uuid4()

    with pytest.raises(InvalidPersonError):
        Person.register(person_id, an_identity(person_id, name=" "), "user-1")


def test_identity_data_of_another_subject_is_refused() -> None:
    with pytest.raises(InvalidPersonError):
        Person.register(uuid4(), an_identity(uuid4()), "user-1")


def test_an_erased_person_refuses_corrections() -> None:
    person = given_person()
    person.erase_after_retention(date(2026, 9, 1), "保存期間満了", "run-1", "user-1")
    person.collect_events()

    with pytest.raises(PersonErasedError):
        person.correct_identity(uuid4(), an_identity(person.id), "u", date(2026, 9, 1))

    assert person.collect_events() == []


def test_personal_data_never_shows_its_text_in_repr_or_str() -> None:
    value = Personal(uuid4(), "大田原 花子")

    shown = f"{value!r} {value} {[value]}"

    assert "花子" not in shown
    assert shown.count("text hidden") == 3
