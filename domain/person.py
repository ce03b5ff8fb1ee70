"""The person (本人) a case is about: identity and contact data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import InvalidDateError, InvalidPersonError
from domain.person_erasure import ErasureRequest, PersonErasure, RequestStatus
from domain.person_merge import PersonMerging
from domain.person_rights import PersonRights, RightKind, RightsRequest, RightsStatus
from domain.person_suspension import PersonSuspension, Suspension
from domain.personal import Personal


@dataclass(frozen=True)
class Identity:
    """Who the person is (氏名・フリガナ・生年月日・住所・電話), all personal."""

    name: Personal
    name_kana: Personal | None
    birth_date: Personal | None
    address: Personal | None
    phone: Personal | None


class Person(PersonMerging, PersonErasure, PersonRights, PersonSuspension, Aggregate):
    """A person (本人) whose personal data lives under their own data key.

    Erasure (消去) destroys that key; the events stay, their personal fields
    become unreadable, and counts that never held personal data survive.
    Each request to erase and each answer is an event (`person_erasure.py`);
    so are the requests to disclose, correct, suspend (`person_rights.py`);
    two records of one person are merged by events too (`person_merge.py`).
    """

    # 2: erasure requests are kept (`erasure_requests`).
    # 3: the other rights' requests and the suspension (`person_rights.py`).
    class_version = 3

    @staticmethod
    def upcast_v1_v2(state: dict[str, Any]) -> None:
        """A version-1 snapshot: no request was ever recorded then."""
        state["erasure_requests"] = {}

    @staticmethod
    def upcast_v2_v3(state: dict[str, Any]) -> None:
        """A version-2 snapshot: no other right was ever invoked then."""
        state["rights_requests"] = {}
        state["suspension"] = None

    class Registered(Aggregate.Created):
        """The person was registered at intake (本人登録)."""

        identity: Identity
        recorded_by: str

    class IdentityCorrected(Aggregate.Event):
        """The person's identity or contact data was corrected (訂正).

        Version 2 answers a correction request (`request_id`, its reference,
        the day); version 1 was a bare correction.
        """

        class_version = 2

        identity: Identity
        request_id: UUID | None
        request_ref: str | None
        corrected_on: date | None
        recorded_by: str

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Version 1 answered no recorded request."""
            state["request_id"] = None
            state["request_ref"] = None
            state["corrected_on"] = None

        def apply(self, person: Person) -> None:
            person.identity = self.identity
            if self.request_id is not None and self.corrected_on is not None:
                status, by = RightsStatus.CORRECTED, self.recorded_by
                person.answer_right(self.request_id, status, by, self.corrected_on)

    class ErasureRequested(Aggregate.Event):
        """A request to erase the person was received (消去請求の受付)."""

        request_id: UUID
        request_ref: str
        reason: str
        requested_on: date
        recorded_by: str

        def apply(self, person: Person) -> None:
            person.erasure_requests[str(self.request_id)] = ErasureRequest(
                self.request_id,
                self.request_ref,
                self.reason,
                self.recorded_by,
                self.requested_on,
            )

    class ErasureApproved(Aggregate.Event):
        """Another user, an admin, approved the erasure request (承認)."""

        request_id: UUID
        request_ref: str
        approved_on: date
        recorded_by: str

        def apply(self, person: Person) -> None:
            person.answer(
                self.request_id,
                RequestStatus.APPROVED,
                self.recorded_by,
                self.approved_on,
            )

    class ErasureRefused(Aggregate.Event):
        """An admin refused the erasure request (不承認), with the reason."""

        request_id: UUID
        request_ref: str
        refused_on: date
        reason: str
        recorded_by: str

        def apply(self, person: Person) -> None:
            person.answer(
                self.request_id,
                RequestStatus.REFUSED,
                self.recorded_by,
                self.refused_on,
            )

    class Erased(Aggregate.Event):
        """The person's personal data was erased (消去) on a lawful ground.

        `request_id` is the approved request; None for an erasure at the end
        of a retention period, whose `request_ref` names the run.
        """

        class_version = 2

        erased_on: date
        ground: str
        request_id: UUID | None
        request_ref: str | None
        recorded_by: str

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Version 1 erased by a method call, on no recorded request."""
            state["request_id"] = None
            state["request_ref"] = None

        def apply(self, person: Person) -> None:
            person.erased_on = self.erased_on

    @event(Registered)
    def __init__(self, id: UUID, identity: Identity, recorded_by: str) -> None:
        self.identity = identity
        self.erased_on: date | None = None
        self.erasure_requests: dict[str, ErasureRequest] = {}
        self.rights_requests: dict[str, RightsRequest] = {}
        self.suspension: Suspension | None = None

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

    def correct_identity(
        self, request_id: UUID, identity: Identity, recorded_by: str, on: date
    ) -> None:
        """Answer a correction request (訂正請求) by correcting the identity."""
        request = self.pending_right(request_id, RightKind.CORRECTION)
        _check(identity)
        if any(
            value is not None and value.subject_id != self.id
            for value in vars(identity).values()
        ):
            raise InvalidPersonError("identity data must belong to this person")
        self._emit(
            "IdentityCorrected",
            identity=identity,
            request_id=request_id,
            request_ref=request.request_ref,
            corrected_on=on,
            recorded_by=recorded_by,
        )

    def answer(
        self, request_id: UUID, status: RequestStatus, by: str, on: date
    ) -> None:
        """Set a request's answer (an applier's step: no rule is checked here)."""
        key = str(request_id)
        self.erasure_requests[key] = self.erasure_requests[key].answered(status, by, on)


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
