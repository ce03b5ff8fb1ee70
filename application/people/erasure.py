"""Erasure (消去) of a person on request, by two people; the key shredded for good.

A request is recorded first; a different user with the admin role approves
it (or refuses it). Approval records `Person.ErasureApproved` and
`Person.Erased` in one transaction, then destroys the person's data key and
clears what the destroyed key left in the database files (`purge`: the
stores' modules say how). If the files cannot be cleared at once (a SQLite
reader holding the log open), the erasure stands and `jusou keys purge`
finishes the clearing; the answer says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from uuid import UUID

from application.access.actor import Actor
from application.errors import PurgeIncompleteError
from application.people.merged import with_absorbed
from application.store.base import LedgerBase
from domain.person import Person
from domain.person_erasure import ErasureRequest

logger = logging.getLogger("jusou.erasure")


@dataclass(frozen=True)
class ErasureOutcome:
    """The person's new version, and whether the files were cleared already."""

    version: int
    files_cleared: bool


class ErasureCommands(LedgerBase):
    """Requests to erase, their answers, and the shredding of keys."""

    def request_erasure(
        self,
        actor: Actor,
        person_id: UUID,
        request_ref: str,
        reason: str,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        person = self.load(Person, person_id, expected)
        request_id = self.new_id()
        by, today = actor.recorded_by, self.today()
        person.request_erasure(request_id, request_ref, reason, by, today)
        self.commit(person)
        return request_id, person.version

    def approve_erasure(
        self,
        actor: Actor,
        person_id: UUID,
        request_id: UUID,
        expected: int | None = None,
    ) -> ErasureOutcome:
        person = self.load(Person, person_id, expected)
        person.approve_erasure(request_id, actor.recorded_by, actor.role, self.today())
        self.commit(person)
        return ErasureOutcome(person.version, self.shred(person_id))

    def refuse_erasure(
        self,
        actor: Actor,
        person_id: UUID,
        request_id: UUID,
        reason: str,
        expected: int | None = None,
    ) -> int:
        person = self.load(Person, person_id, expected)
        by, today = actor.recorded_by, self.today()
        person.refuse_erasure(request_id, by, actor.role, today, reason)
        self.commit(person)
        return person.version

    def erasure_requests(self, person_id: UUID) -> list[ErasureRequest]:
        person = self.load(Person, person_id, None)
        return sorted(person.erasure_requests.values(), key=lambda r: r.requested_on)

    def shred(self, *person_ids: UUID) -> bool:
        """Destroy these keys, then clear the files; False if clearing must wait."""
        # A survivor's erasure erases the records merged into it (名寄せ).
        every = with_absorbed(lambda p: self.load(Person, p, None), person_ids)
        for person_id in every:
            self.keyring.destroy(person_id)
        self.match_index.remove(*every)  # no hash of theirs is left to match
        return self.purge_keys()

    def purge_keys(self) -> bool:
        """Clear destroyed and re-wrapped keys from the files; False if not yet."""
        cleared = True
        # Each on its own: a match index that cannot be rewritten yet must
        # not keep the key table's bytes in the files, nor the other way.
        for purge in (self.keyring.store.purge, self.match_index.purge):
            try:
                purge()
            except PurgeIncompleteError:
                logger.warning("purge incomplete; run `jusou keys purge`")
                cleared = False
        return cleared
