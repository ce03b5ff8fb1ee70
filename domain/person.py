"""The person (本人) a case is about: identity and contact data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import InvalidDateError, InvalidPersonError, PersonErasedError
from domain.personal import Personal


@dataclass(frozen=True)
class Identity:
    """Who the person is (氏名・フリガナ・生年月日・住所・電話), all personal."""

    name: Personal
    name_kana: Personal | None
    birth_date: Personal | None
    address: Personal | None
    phone: Personal | None


class Person(Aggregate):
    """A person (本人) whose personal data lives under their own data key.

    Erasure (消去) destroys that key; the events stay, their personal fields
    become unreadable, and counts that never held personal data survive.
    """

    class Registered(Aggregate.Created):
        """The person was registered at intake (本人登録)."""

        identity: Identity
        recorded_by: str

    class IdentityCorrected(Aggregate.Event):
        """The person's identity or contact data was corrected (訂正)."""

        identity: Identity
        recorded_by: str

    class Erased(Aggregate.Event):
        """The person's personal data was erased (消去) on a lawful ground."""

        erased_on: date
        ground: str
        recorded_by: str

    @event(Registered)
    def __init__(self, id: UUID, identity: Identity, recorded_by: str) -> None:
        self.identity = identity
        self.erased_on: date | None = None

    @classmethod
    def register(cls, person_id: UUID, identity: Identity, recorded_by: str) -> Person:
        """Register a person under an id chosen first, as their data key's subject."""
        _check(identity)
        if any(
            value is not None and value.subject_id != person_id
            for value in vars(identity).values()
        ):
            raise InvalidPersonError("identity data must belong to this person")
        return cls(id=person_id, identity=identity, recorded_by=recorded_by)

    def correct(self, identity: Identity, recorded_by: str) -> None:
        self._check_not_erased()
        _check(identity)
        self._identity_corrected(identity=identity, recorded_by=recorded_by)

    @event(IdentityCorrected)
    def _identity_corrected(self, identity: Identity, recorded_by: str) -> None:
        self.identity = identity

    def erase(self, erased_on: date, ground: str, recorded_by: str) -> None:
        self._check_not_erased()
        if not ground:
            raise InvalidPersonError("erasure needs its lawful ground")
        self._erased(erased_on=erased_on, ground=ground, recorded_by=recorded_by)

    @event(Erased)
    def _erased(self, erased_on: date, ground: str, recorded_by: str) -> None:
        self.erased_on = erased_on

    def _check_not_erased(self) -> None:
        if self.erased_on is not None:
            raise PersonErasedError(str(self.id))


def _check(identity: Identity) -> None:
    if not identity.name.text.strip():
        raise InvalidPersonError("a name is required")


EARLIEST_BIRTH = date(1900, 1, 1)


def check_birth_date(birth_date: date | None, today: date) -> None:
    """A birth date is in the past, and within a human lifetime."""
    if birth_date is None:
        return
    if birth_date > today:
        raise InvalidDateError("person.birth_date", f"{birth_date} is after today")
    if birth_date < EARLIEST_BIRTH:
        raise InvalidDateError(
            "person.birth_date", f"{birth_date} is before {EARLIEST_BIRTH}"
        )
