"""Each event is applied exactly once: tracking moves with the rows, in one
transaction, and a duplicate delivery raises IntegrityError and counts nothing.

Events come from real aggregates (`collect_events()`); tracking is synthetic.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

import pytest
from eventsourcing.persistence import IntegrityError

from domain.access_record import AccessRecord
from domain.activity import Activity
from domain.case import Case
from domain.intake import Intake
from domain.meeting import Meeting
from domain.meeting_rules import Agenda
from domain.personal import Personal
from projections.access_log import AccessQuery
from projections.disclosures import DisclosureQuery
from projections.read_models import NAMES, ReadModels
from tests.domain.given import recorded_on
from tests.projections.given import APP, tracking


def a_case() -> Case:
    person = uuid4()
    intake = Intake(
        "shakyo", ("livelihood",), ("poverty",), ("comprehensive_consultation",),
        "walk_in", date(2026, 5, 1), person, None,
    )  # fmt: skip
    summary = Personal(person, "相談の概要")
    return Case.open(uuid4(), intake, summary, "u1", recorded_on(date(2026, 5, 1)))


def case_events() -> list[Any]:
    case = a_case()
    activity = Activity(
        uuid4(), "preventive_care_management", "comprehensive_consultation",
        "shakyo", date(2026, 5, 2), None,
    )  # fmt: skip
    case.record_activity(activity, "u1", recorded_on(date(2026, 5, 2)))
    return list(case.collect_events())


def meeting_events() -> list[Any]:
    case = a_case()
    agenda = Agenda(
        "support_meeting", date(2026, 6, 1), "fukushi_ka",
        ("fukushi_ka", "shakyo"), (case.id,),
    )  # fmt: skip
    held = recorded_on(date(2026, 6, 1))
    meeting = Meeting.convene(uuid4(), agenda, [case], "u2", held)
    meeting.acknowledge("fukushi_ka", "委員A", "u2")
    meeting.disclose(
        disclosure_id=uuid4(), case=case, disclosed_by="shakyo",
        recipients=("fukushi_ka",), categories=("basic",),
        summary=Personal(uuid4(), "開示の要旨"), recording=held, recorded_by="u2",
    )  # fmt: skip
    return list(meeting.collect_events())


def access_events() -> list[Any]:
    record = AccessRecord(
        id=uuid4(), user_id=uuid4(), agency="fukushi_ka", role="auditor",
        action="read", resource_type="case", resource_id=str(uuid4()),
        purpose="audit", at=datetime(2026, 6, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    return list(record.collect_events())


EVENTS = {
    "caseloads": case_events,
    "indicators": case_events,
    "disclosures": meeting_events,
    "access_log": access_events,
}


def rows(models: ReadModels, name: str) -> int:
    if name == "caseloads":
        return sum(models.caseloads.open_by_agency().values())
    if name == "indicators":
        return len(models.indicators.facts(2026))
    if name == "disclosures":
        meetings = models.disclosures.disclosures(DisclosureQuery())
        return len(meetings) * 10 + len(
            models.disclosures.acknowledgements(meetings[0].meeting_id)
        )
    return len(models.access_log.accesses(AccessQuery()))


def given_applied(models: ReadModels, name: str) -> tuple[Any, list[Any]]:
    projection = models.projections([name])[0]
    events = EVENTS[name]()
    for number, event in enumerate(events, start=1):
        projection.process_event(event, tracking(number))
    return projection, events


def apply_in_one_batch(projection: Any, numbered: list[tuple[Any, int]]) -> None:
    with projection.view.batch(APP):
        for event, number in numbered:
            projection.process_event(event, tracking(number))


@pytest.mark.parametrize("name", NAMES)
def test_a_duplicate_delivery_is_refused_and_not_counted_twice(
    models: ReadModels, name: str
) -> None:
    projection, events = given_applied(models, name)
    before = rows(models, name)

    with pytest.raises(IntegrityError):
        projection.process_event(events[-1], tracking(len(events)))

    assert rows(models, name) == before > 0
    assert models.position(name) == len(events)


@pytest.mark.parametrize("name", NAMES)
def test_a_batch_that_meets_a_duplicate_is_rolled_back_whole(
    models: ReadModels, name: str
) -> None:
    projection, events = given_applied(models, name)
    fresh = EVENTS[name]()
    before = rows(models, name)

    numbered = [(e, len(events) + n) for n, e in enumerate(fresh, start=1)]

    with pytest.raises(IntegrityError):
        apply_in_one_batch(projection, [*numbered, (events[0], 1)])

    assert rows(models, name) == before
    assert models.position(name) == len(events)


def test_a_batch_writes_its_position_once_at_its_end(models: ReadModels) -> None:
    view = models.caseloads

    with view.batch(APP):
        view.advance_to(APP, 7)
        seen_meanwhile = view.max_tracking_id(APP)

    assert seen_meanwhile is None
    assert view.max_tracking_id(APP) == 7


def test_a_batch_that_expects_another_position_changes_nothing(
    models: ReadModels,
) -> None:
    _, events = given_applied(models, "indicators")
    view = models.indicators

    with pytest.raises(IntegrityError), view.batch(APP, position=0):
        view.advance_to(APP, len(events) + 5)

    assert models.position("indicators") == len(events)
