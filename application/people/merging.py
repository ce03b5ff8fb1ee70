"""Merging two records of one person (名寄せ), by a supervisor who knows both.

The caller's agency must hold a case on each record, so that its supervisor
has seen both identities and judges they are one person; a record of anyone
else answers 404 as an unknown id (R11). The absorbed record's match entries
pass to the survivor, so a later intake finds the survivor.
"""

from __future__ import annotations

from uuid import UUID

from application.access.actor import Actor
from application.people.access import PersonAccess, PersonCases


class MergeCommands(PersonAccess):
    """名寄せ: one act, two events, one transaction."""

    def merge_persons(
        self,
        actor: Actor,
        survivor_id: UUID,
        absorbed_id: UUID,
        cases: PersonCases,
        expected: int | None = None,
    ) -> int:
        """Merge `absorbed_id` into `survivor_id`; the survivor's new version."""
        survivor = self.entitled_person(actor, survivor_id, cases, resolve=False)
        absorbed = self.entitled_person(actor, absorbed_id, cases, resolve=False)
        if expected is not None:
            self.load(type(survivor), survivor_id, expected)  # If-Match: the survivor
        absorbed.merge_into(survivor, self.today(), actor.recorded_by)
        self.commit(absorbed, survivor)
        self.match_index.move(absorbed.id, survivor.id)
        return survivor.version
