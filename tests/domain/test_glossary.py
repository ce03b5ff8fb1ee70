"""Every aggregate and event class is named in domain/glossary.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventsourcing.domain import Aggregate

from domain.access_record import AccessRecord
from domain.agency_registry import AgencyRegistry
from domain.case import Case
from domain.community.record import CommunityRecord
from domain.community.tally import Tally
from domain.household import Household
from domain.meeting import Meeting
from domain.person import Person
from domain.user import ApiToken, User

LIBRARY_BASES = {"Event", "Created", "Snapshot"}  # made per class by the library
GLOSSARY = (Path(__file__).parents[2] / "domain" / "glossary.md").read_text()


def event_names(aggregate: type[Aggregate]) -> list[str]:
    return [
        f"{aggregate.__name__}.{name}"
        for name, value in vars(aggregate).items()
        if isinstance(value, type)
        and issubclass(value, Aggregate.Event)
        and name not in LIBRARY_BASES
    ]


@pytest.mark.parametrize(
    "aggregate",
    [
        Case,
        Person,
        Household,
        Meeting,
        AgencyRegistry,
        CommunityRecord,
        Tally,
        User,
        ApiToken,
        AccessRecord,
    ],
)
def test_every_aggregate_and_its_events_are_in_the_glossary(
    aggregate: type[Aggregate],
) -> None:
    names = [aggregate.__name__, *event_names(aggregate)]

    missing = [name for name in names if f"`{name}`" not in GLOSSARY]

    assert len(names) >= 2  # the aggregate and at least one event
    assert missing == []
