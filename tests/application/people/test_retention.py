"""Retention (保存期間) erases exactly what is due, and never an open case's person.

Six people, each in one state, on the business day 2031-06-10: only the one
whose elderly-care case closed on 2026-06-01 is five years past it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID, uuid4

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from domain.catalogue.retention import DEFAULT_SCHEDULE
from domain.person import Person
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER, given_erased
from tests.projections.given import a_case, report
from tests.support.clock import TestClock

RUN_DAY = date(2031, 6, 10)
ADMIN = Actor(uuid4(), "fukushi_ka", "admin")


@dataclass(frozen=True)
class People:
    due: UUID  # elderly care, closed 2026-06-01: due 2031-06-01
    not_yet: UUID  # elderly care, closed 2026-06-25: due 2031-06-25
    open_case: UUID  # never closed
    child: UUID  # child rearing, closed 2026-06-01: kept ten years
    reopened: UUID  # closed 2026-06-01, reopened 2026-06-20
    erased: UUID  # closed 2026-06-01, erased on a request already


def person_of(ledger: CaseLedger, case_id: UUID) -> UUID:
    return ledger.get_case(case_id).intake.person_id


def closed(
    ledger: CaseLedger, on: date | None, fields: tuple[str, ...] = ("elderly_care",)
) -> UUID:
    case_id = a_case(ledger, fields=fields)
    if on is not None:
        ledger.close_case(INTAKE_WORKER, case_id, on, None, reason_code="goals_reached")
    return case_id


def given_people(ledger: CaseLedger) -> People:
    reopened = closed(ledger, date(2026, 6, 1))
    ledger.reopen_case(INTAKE_WORKER, reopened, date(2026, 6, 20), None)
    erased = person_of(ledger, closed(ledger, date(2026, 6, 1)))
    given_erased(ledger, erased)
    return People(
        due=person_of(ledger, closed(ledger, date(2026, 6, 1))),
        not_yet=person_of(ledger, closed(ledger, date(2026, 6, 25))),
        open_case=person_of(ledger, closed(ledger, None)),
        child=person_of(ledger, closed(ledger, date(2026, 6, 1), ("child_rearing",))),
        reopened=person_of(ledger, reopened),
        erased=erased,
    )


def is_erased(ledger: CaseLedger, person_id: UUID) -> bool:
    return ledger.get_person(person_id).erased_on is not None


def test_due_lists_exactly_the_people_past_their_period(
    ledger: CaseLedger, clock: TestClock
) -> None:
    people = given_people(ledger)
    clock.set(RUN_DAY)

    due = ledger.retention_due(DEFAULT_SCHEDULE)

    assert [d.person_id for d in due] == [people.due]
    assert (due[0].due_on, due[0].rule.kind) == (date(2031, 6, 1), "consultation")


def test_apply_erases_exactly_what_is_due_and_nobody_else(
    ledger: CaseLedger, clock: TestClock
) -> None:
    people = given_people(ledger)
    clock.set(RUN_DAY)
    seen: list[tuple[int, int]] = []

    outcome = ledger.apply_retention(ADMIN, DEFAULT_SCHEDULE, lambda *p: seen.append(p))

    assert outcome.erased == (people.due,)
    assert outcome.files_cleared
    assert seen == [(1, 1)]
    assert is_erased(ledger, people.due)
    kept = (people.not_yet, people.open_case, people.child, people.reopened)
    assert not any(is_erased(ledger, p) for p in kept)
    assert ledger.retention_due(DEFAULT_SCHEDULE) == []


def test_the_erasure_names_the_period_its_source_and_the_run(
    ledger: CaseLedger, clock: TestClock
) -> None:
    people = given_people(ledger)
    clock.set(RUN_DAY)

    ledger.apply_retention(ADMIN, DEFAULT_SCHEDULE)

    erased = list(ledger.events.get(people.due))[-1]
    assert isinstance(erased, Person.Erased)
    assert erased.request_ref == "retention:2031-06-10"
    assert erased.request_id is None
    assert "大田原市文書管理規程" in erased.ground
    assert "5年" in erased.ground
    assert erased.recorded_by == ADMIN.recorded_by


def test_a_case_reopened_after_the_list_was_made_keeps_its_person(
    ledger: CaseLedger, clock: TestClock
) -> None:
    people = given_people(ledger)
    clock.set(RUN_DAY)
    (due,) = ledger.retention_due(DEFAULT_SCHEDULE)
    (case_id,) = due.case_ids
    ledger.reopen_case(INTAKE_WORKER, case_id, RUN_DAY, None)

    outcome = ledger.apply_retention(ADMIN, DEFAULT_SCHEDULE)

    assert outcome.erased == ()
    assert not is_erased(ledger, people.due)


def test_indicator_counts_are_the_same_after_retention(
    ledger: CaseLedger, clock: TestClock
) -> None:
    given_people(ledger)
    models = ReadModels.of(ledger)
    models.create_tables()
    before = report(models, 2026).lines
    clock.set(RUN_DAY)

    ledger.apply_retention(ADMIN, DEFAULT_SCHEDULE)

    after = report(models, 2026).lines
    assert [(x.actual, x.monthly) for x in after] == [
        (x.actual, x.monthly) for x in before
    ]
    assert any(x.actual for x in before)  # the report does count these cases
