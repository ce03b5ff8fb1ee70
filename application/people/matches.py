"""Keeping the match index (照合索引) in step with the people held.

An intake indexes the person it registers. People registered before the
index existed, or whose identity was corrected (訂正), are indexed here from
their current identity: `index_person` replaces a person's entries, and
`index_people` does it for everyone held (`jusou person index-matches`, once
after an upgrade; safe to run again). Erased and merged records are left
out: an erased person has nothing to match, a merged one matches as its
survivor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from eventsourcing.utils import get_topic

from application.people.match_index import MATCH_KEY_SUBJECT, match_hash
from application.store.base import LedgerBase
from domain.person import Person
from domain.person_match import match_text

BATCH = 500
REGISTERED = get_topic(Person.Registered)
Progress = Callable[[int], None]


class MatchCommands(LedgerBase):
    """Indexing people by the keyed hash of their カナ name and birth date."""

    def match_of(self, name_kana: str | None, birth_date: date | None) -> str | None:
        """The entry for this カナ name and birth date; None if either is missing."""
        text = match_text(name_kana, birth_date)
        if text is None:
            return None
        return match_hash(self.keyring.data_key(MATCH_KEY_SUBJECT), text)

    def index_person(self, person_id: UUID) -> bool:
        """Replace the person's entries from their identity now; True if indexed."""
        person = self.load(Person, person_id, None)
        self.match_index.remove(person_id)
        if person.erased_on is not None or person.merged_into is not None:
            return False
        # A record merged into this one matches as this one (its survivor).
        merged = [self.load(Person, UUID(a), None) for a in person.absorbed]
        found = [m for p in (person, *merged) if (m := self._match(p)) is not None]
        for match in found:
            self.match_index.add(match, person_id)
        return bool(found)

    def index_people(self, progress: Progress | None = None) -> int:
        """Index everyone held; returns how many people have an entry now."""
        indexed, position = 0, 0
        while True:
            batch = self.recorder.select_notifications(
                start=position + 1, limit=BATCH, topics=[REGISTERED]
            )
            for notification in batch:
                position = notification.id
                indexed += self.index_person(UUID(str(notification.originator_id)))
                if progress is not None:
                    progress(indexed)
            if len(batch) < BATCH:
                return indexed

    def _match(self, person: Person) -> str | None:
        identity = person.identity
        kana, born = identity.name_kana, identity.birth_date
        if kana is None or born is None or born.erased:
            return None
        return self.match_of(kana.text, date.fromisoformat(born.text))
