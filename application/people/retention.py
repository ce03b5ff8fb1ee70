"""Erasure at the end of the retention period (保存期間満了).

`retention_due` reads the cases' openings and closures and the erasures from
the event log (in its order, by topic: the fold is a few thousand small
events, and always current, so no read model is kept for it) and lists the
people whose every case is closed and past its period (`RetentionSchedule`).
A household member's data also lives in the cases of their household (texts
about them, `docs/households.md`): those cases count as theirs, so a member
registered through a household with no case of their own is due when the
household's cases are, and nobody is erased while a household case holding
their data is open or kept.
`apply_retention` erases exactly those: each person's cases are loaded again
just before, and a person with an open case is skipped; then the keys are
shredded and the files cleared once for the whole run. Counts never change:
no read model holds personal data (`docs/erasure-and-keys.md`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.utils import get_topic

from application.access.actor import Actor
from application.people.erasure import ErasureCommands
from domain.case import Case
from domain.catalogue.retention import RetentionRule, RetentionSchedule
from domain.errors import PersonErasedError
from domain.household import Household
from domain.person import Person

Progress = Callable[[int, int], None]
BATCH = 500
TOPICS = [
    get_topic(c)
    for c in (
        Case.Opened,
        Case.Closed,
        Case.Reopened,
        Person.Erased,
        Person.MergedInto,
        Household.MemberJoined,
        Household.CaseLinked,
    )
]


@dataclass(frozen=True)
class DuePerson:
    """A person due for erasure: their cases, the kind that kept them longest."""

    person_id: UUID
    case_ids: tuple[UUID, ...]
    rule: RetentionRule
    last_closed_on: date
    due_on: date


@dataclass(frozen=True)
class RetentionOutcome:
    """Who was erased, who was skipped (a case reopened meanwhile), files cleared."""

    erased: tuple[UUID, ...]
    skipped: tuple[UUID, ...]
    files_cleared: bool


@dataclass
class _Cases:
    """What the log says of one person: their cases (fields, closure), erasure."""

    cases: dict[UUID, tuple[tuple[str, ...], date | None]] = field(default_factory=dict)
    erased: bool = False


class RetentionCommands(ErasureCommands):
    """The city's retention periods, applied by an admin's run."""

    def retention_due(self, schedule: RetentionSchedule) -> list[DuePerson]:
        """Everyone due on this ledger's today, earliest due first."""
        today = self.today()
        found = [
            due
            for person_id, known in self._people().items()
            if not known.erased
            and (due := _due(person_id, known, schedule)) is not None
            and due.due_on <= today
        ]
        return sorted(found, key=lambda d: (d.due_on, d.person_id.hex))

    def apply_retention(
        self,
        actor: Actor,
        schedule: RetentionSchedule,
        progress: Progress | None = None,
    ) -> RetentionOutcome:
        due = self.retention_due(schedule)
        run_ref = f"retention:{self.today().isoformat()}"
        erased, skipped = [], []
        for done, person in enumerate(due, start=1):
            if self._erase_when_closed(actor, schedule, person, run_ref):
                erased.append(person.person_id)
            else:
                skipped.append(person.person_id)
            if progress is not None:
                progress(done, len(due))
        cleared = self.shred(*erased) if erased else True
        return RetentionOutcome(tuple(erased), tuple(skipped), cleared)

    def _erase_when_closed(
        self, actor: Actor, schedule: RetentionSchedule, due: DuePerson, run_ref: str
    ) -> bool:
        """Erase unless a case is open now (reopened since the list was made)."""
        if any(not self.load(Case, c, None).is_closed for c in due.case_ids):
            return False
        person = self.load(Person, due.person_id, None)
        ground = (
            f"保存期間満了（{due.rule.label_ja}・{due.rule.years}年、{schedule.cited}）"
        )
        try:
            person.erase_after_retention(
                self.today(), ground, run_ref, actor.recorded_by
            )
        except PersonErasedError:
            return False  # erased on a request meanwhile
        self.commit(person)
        return True

    def _people(self) -> dict[UUID, _Cases]:
        fold = _Fold()
        for event in self._openings_closures_erasures():
            fold.add(event)
        return _folded(fold.people(), fold.merged)

    def _openings_closures_erasures(self) -> Iterator[Any]:
        position = 0
        while True:
            batch = self.recorder.select_notifications(
                start=position + 1, limit=BATCH, topics=TOPICS
            )
            for notification in batch:
                position = notification.id
                yield self.mapper.to_domain_event(notification)
            if len(batch) < BATCH:
                return


@dataclass
class _Fold:
    """Cases (fields, closure) and whose they are: own, or their household's."""

    cases: dict[UUID, tuple[tuple[str, ...], date | None]] = field(default_factory=dict)
    holders: dict[UUID, set[UUID]] = field(default_factory=dict)  # person → cases
    members: dict[UUID, set[UUID]] = field(default_factory=dict)  # household → people
    linked: dict[UUID, set[UUID]] = field(default_factory=dict)  # household → cases
    erased: set[UUID] = field(default_factory=set)
    merged: dict[UUID, UUID] = field(default_factory=dict)  # absorbed → survivor

    def add(self, event: Any) -> None:
        if isinstance(event, Person.MergedInto):
            self.merged[event.originator_id] = event.survivor_id
        elif isinstance(event, Person.Erased):
            self.erased.add(event.originator_id)
        elif isinstance(event, Case.Opened):
            self.cases[event.originator_id] = (event.intake.fields, None)
            self.holders.setdefault(event.intake.person_id, set()).add(
                event.originator_id
            )
        elif isinstance(event, Household.MemberJoined):
            self.members.setdefault(event.originator_id, set()).add(event.person_id)
        elif isinstance(event, Household.CaseLinked):
            self.linked.setdefault(event.originator_id, set()).add(event.case_id)
        elif event.originator_id in self.cases:
            fields, _ = self.cases[event.originator_id]
            closed = event.closed_on if isinstance(event, Case.Closed) else None
            self.cases[event.originator_id] = (fields, closed)

    def people(self) -> dict[UUID, _Cases]:
        for household_id, people in self.members.items():
            for person_id in people:
                held = self.holders.setdefault(person_id, set())
                held |= self.linked.get(household_id, set())
        return {
            person_id: _Cases(
                {c: self.cases[c] for c in case_ids if c in self.cases},
                person_id in self.erased,
            )
            for person_id, case_ids in self.holders.items()
        }


def _folded(people: dict[UUID, _Cases], merged: dict[UUID, UUID]) -> dict[UUID, _Cases]:
    """A merged record's cases count as its survivor's (an open one keeps both)."""
    for absorbed in merged:
        survivor = absorbed
        for _ in range(len(merged) + 1):  # follow a chain of merges to its end
            survivor = merged.get(survivor, survivor)
        cases = people.pop(absorbed, _Cases()).cases
        people.setdefault(survivor, _Cases()).cases.update(cases)
    return people


def _due(
    person_id: UUID, known: _Cases, schedule: RetentionSchedule
) -> DuePerson | None:
    if not known.cases or schedule.due_on(known.cases.values()) is None:
        return None  # no case keeps them yet, or a case is open
    ends = sorted(
        (schedule.ends_on(closed, schedule.rule_for(fields)), closed, fields)
        for fields, closed in known.cases.values()
        if closed is not None
    )
    due_on, _, fields = ends[-1]
    last_closed = max(closed for _, closed, _ in ends)
    return DuePerson(
        person_id,
        tuple(known.cases),
        schedule.rule_for(fields),
        last_closed,
        due_on,
    )
