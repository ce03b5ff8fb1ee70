"""The cases about one person: every case whose intake names them.

A case names its person in its intake (`Intake.person_id`); the ledger keeps
no index from a person to their cases, so their openings are found in the
notification log by topic, as retention finds them.
"""

from __future__ import annotations

from uuid import UUID

from eventsourcing.utils import get_topic

from application.access.actor import Actor
from application.access.policy import Action, Facts, authorise
from application.errors import StaleVersionError
from application.people.merged import with_absorbed
from application.store.base import LedgerBase
from domain.case import Case
from domain.person import Person

BATCH = 500
OPENED = get_topic(Case.Opened)


class PersonCases(LedgerBase):
    """Look-ups from a person to their cases, and the rights' policy check."""

    def own_ids(self, person_id: UUID) -> list[UUID]:
        """The person's id and the ids of records merged into it (名寄せ)."""
        return with_absorbed(lambda p: self.load(Person, p, None), [person_id])

    def case_ids_of(self, person_id: UUID) -> list[UUID]:
        """The ids of the cases about the person (and records merged into it)."""
        own = set(self.own_ids(person_id))
        found: list[UUID] = []
        position = 0
        while True:
            batch = self.recorder.select_notifications(
                start=position + 1, limit=BATCH, topics=[OPENED]
            )
            for notification in batch:
                position = notification.id
                opened = self.mapper.to_domain_event(notification)
                if isinstance(opened, Case.Opened) and opened.intake.person_id in own:
                    found.append(opened.originator_id)
            if len(batch) < BATCH:
                return found

    def cases_of(self, person_id: UUID) -> list[Case]:
        return [self.load(Case, c, None) for c in self.case_ids_of(person_id)]

    def authorise_person(
        self,
        actor: Actor,
        action: Action,
        person_id: UUID,
        expected: int | None = None,
    ) -> Person:
        """The person, once the policy allows this action; then at `expected`.

        The policy answers first, so a stale version tells a stranger nothing.
        """
        person = self.load(Person, person_id, None)
        holders = frozenset(case.owner for case in self.cases_of(person_id))
        authorise(actor, action, Facts(person_holders=holders))
        if expected is not None and person.version != expected:
            raise StaleVersionError(expected, person.version)
        return person
