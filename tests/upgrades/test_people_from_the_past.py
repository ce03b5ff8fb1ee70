"""The past ledger read with the people's new shapes: profiles, merges, matches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import PersonForm
from application.errors import PossibleDuplicateError
from domain.case import Case
from domain.person import Person
from domain.profile import UNRECORDED
from tests.application.given import INTAKE_WORKER, an_intake
from tests.upgrades.test_reading_the_past import stored


def test_a_past_intake_reads_an_unrecorded_profile(past: CaseLedger) -> None:
    opened = stored(past, "domain.case:Case.Opened")

    assert all(isinstance(o, Case.Opened) for o in opened)
    assert {o.intake.profile for o in opened} == {UNRECORDED}


def test_a_past_person_reads_as_never_merged(past: CaseLedger) -> None:
    registered = stored(past, "domain.person:Person.Registered")

    people = [past.get_person(r.originator_id) for r in registered[:20]]

    assert all(isinstance(p, Person) for p in people)
    assert {(p.merged_into, len(p.absorbed)) for p in people} == {(None, 0)}


def test_once_indexed_a_past_person_is_caught_as_a_duplicate(past: CaseLedger) -> None:
    registered = stored(past, "domain.person:Person.Registered")
    held = past.get_person(registered[0].originator_id)
    identity = held.identity
    assert identity.name_kana is not None
    assert identity.birth_date is not None
    again = PersonForm(
        "同じ人",
        identity.name_kana.text,
        date.fromisoformat(identity.birth_date.text),
    )
    intake = replace(an_intake(), person=again, confirm_new_person=False)

    indexed = past.index_people()

    assert indexed == len(registered)
    with pytest.raises(PossibleDuplicateError):
        past.open_case(INTAKE_WORKER, intake)
