"""Reading a person through their cases, on both stores; every read logged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.errors import NotFoundError
from tests.application.given import INTAKE_WORKER, RECEIVING_WORKER, a_consent_form
from tests.application.people.given_people import (
    STRANGER,
    SUPERVISOR,
    held_person,
    new_person,
    of,
)


def test_the_holder_reads_the_person_with_both_cases(ledger: CaseLedger) -> None:
    people = of(ledger)
    first = people.open(new_person())
    second = people.open(held_person(first.person_id))

    record = ledger.read_person(
        INTAKE_WORKER, first.person_id, people.cases(INTAKE_WORKER), "case_work"
    )

    assert record.person is not None
    assert record.person.name == "大田原 花子"
    assert {c.case_id for c in record.cases} == {first.case_id, second.case_id}


def test_a_sharer_without_basic_reads_the_case_but_no_identity(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())
    form = replace(a_consent_form(agencies=("shakyo",)), categories=("health",))
    ledger.grant_consent(INTAKE_WORKER, first.case_id, form)

    record = ledger.read_person(
        RECEIVING_WORKER, first.person_id, people.cases(RECEIVING_WORKER), "case_work"
    )

    assert record.person is None
    assert [(c.case_id, c.view) for c in record.cases] == [(first.case_id, "shared")]


def test_a_stranger_is_refused_as_unknown_and_the_refusal_logged(
    ledger: CaseLedger,
) -> None:
    people = of(ledger)
    first = people.open(new_person())

    with pytest.raises(NotFoundError):
        ledger.read_person(STRANGER, first.person_id, people.cases(STRANGER), "x")

    page = ledger.access_log(AccessLogQuery(resource_id=str(first.person_id)))
    assert [(e.outcome, e.reason) for e in page.entries] == [("denied", "not_found")]


def test_a_merged_id_reads_as_its_survivor(ledger: CaseLedger) -> None:
    people = of(ledger)
    survivor = people.open(new_person())
    absorbed = people.open(new_person(confirm=True))
    ledger.merge_persons(
        SUPERVISOR, survivor.person_id, absorbed.person_id, people.cases(SUPERVISOR)
    )

    record = ledger.read_person(
        INTAKE_WORKER, absorbed.person_id, people.cases(INTAKE_WORKER), "case_work"
    )

    assert (record.person_id, record.merged_ids) == (
        survivor.person_id,
        (absorbed.person_id,),
    )
    assert len(record.cases) == 2
