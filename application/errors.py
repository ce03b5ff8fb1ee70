"""Refusals that come from the application rather than a domain rule."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


class ApplicationError(Exception):
    """A command could not be carried out."""


class NotFoundError(ApplicationError):
    """Nothing with this id is recorded."""


class StaleVersionError(ApplicationError):
    """The caller's version of the aggregate is not the current one (If-Match)."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(f"expected version {expected}, current version is {actual}")
        self.expected = expected
        self.actual = actual


class ConcurrentUpdateError(ApplicationError):
    """Another command changed the same aggregate first; retry on fresh state."""


class AuthenticationError(ApplicationError):
    """The bearer token is missing, unknown, revoked, or its user is inactive."""


class ForbiddenError(ApplicationError):
    """The caller's role, agency or the person's consent does not allow this."""


class NotYourAgencyError(ForbiddenError):
    """The caller's agency is not the one this act belongs to (自機関のみ)."""


class AccessLogUnavailableError(ApplicationError):
    """The read could not be logged, so it was refused (閲覧記録を書けません)."""


class InvalidAsOfError(ApplicationError):
    """The instant to read the records as of is not acceptable (時点が不正です)."""


class NoPlanError(NotFoundError):
    """The case has no support plan to print as of that instant (支援プランなし)."""


class PurgeIncompleteError(ApplicationError):
    """The database files could not yet be cleared of destroyed keys; run again."""


class KeyUnavailableError(ApplicationError):
    """No configured master key unwraps this key (is the master key the right one?)."""


@dataclass(frozen=True)
class DuplicateCandidate:
    """A person the caller may know of: their id, the caller's own cases on them."""

    person_id: UUID
    case_ids: tuple[UUID, ...]


class PossibleDuplicateError(ApplicationError):
    """Someone with this カナ name and birth date is held already (重複の可能性).

    `candidates` are those the caller's agency holds a case on; `unseen`
    counts the others, who are never named to it (`docs/people.md`).
    """

    def __init__(self, candidates: tuple[DuplicateCandidate, ...], unseen: int):
        super().__init__(
            f"{len(candidates) + unseen} person(s) held with this kana name and "
            "birth date: name one as person_id, or send confirm_new_person: true"
        )
        self.candidates = candidates
        self.unseen = unseen
