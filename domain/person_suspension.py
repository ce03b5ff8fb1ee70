"""利用停止 (suspension of use): the answer to a suspension request, and its lifting.

While the use is suspended, only the staff handling the request (who
recorded it and who decided it) may read or share the person's data; the
application's access policy and its checks of shares ask `check_use`.
Lifting it is an event too, with its reason. The request itself, and a
refusal, are `person_rights.py`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import (
    InvalidRightsRequestError,
    NotSuspendedError,
    UseSuspendedError,
)
from domain.person_rights import RightKind, RightsRequest, RightsStatus


@dataclass(frozen=True)
class Suspension:
    """The use of the person's data is suspended (利用停止中), since when, by whom.

    `handlers` are the users handling the request: who recorded it and who
    decided it. They alone may still read the person's cases.
    """

    request_id: UUID
    request_ref: str
    since: date
    handlers: tuple[str, ...]


class PersonSuspension:
    """The commands of a suspension; `Person` redefines these events."""

    rights_requests: dict[str, RightsRequest]
    suspension: Suspension | None

    if TYPE_CHECKING:  # provided by `Aggregate` and `PersonRights`

        @property
        def id(self) -> UUID: ...

        def pending_right(
            self, request_id: UUID, kind: RightKind | None
        ) -> RightsRequest: ...

        def answer_right(
            self, request_id: UUID, status: RightsStatus, by: str, on: date
        ) -> None: ...

        def _check_not_erased_yet(self) -> None: ...

        def _emit_right(self, event: str, **fields: Any) -> None: ...

    class UseSuspended(Aggregate.Event):
        """The use of the person's data was suspended (利用停止の実施)."""

        request_id: UUID
        request_ref: str
        suspended_on: date
        recorded_by: str

        def apply(self, person: PersonSuspension) -> None:
            request = person.rights_requests[str(self.request_id)]
            handlers = dict.fromkeys((request.requested_by, self.recorded_by))
            person.suspension = Suspension(
                self.request_id,
                self.request_ref,
                self.suspended_on,
                tuple(handlers),
            )
            person.answer_right(
                self.request_id,
                RightsStatus.SUSPENDED,
                self.recorded_by,
                self.suspended_on,
            )

    class SuspensionLifted(Aggregate.Event):
        """The suspension was lifted (利用停止の解除), with the reason."""

        request_id: UUID
        request_ref: str
        lifted_on: date
        reason: str
        recorded_by: str

        def apply(self, person: PersonSuspension) -> None:
            person.suspension = None
            key = str(self.request_id)
            person.rights_requests[key] = replace(
                person.rights_requests[key], status=RightsStatus.LIFTED.value
            )

    def suspend_use(self, request_id: UUID, suspended_by: str, on: date) -> None:
        """Answer a suspension request: the use stops from today."""
        request = self.pending_right(request_id, RightKind.SUSPENSION)
        self._emit_right(
            "UseSuspended",
            request_id=request_id,
            request_ref=request.request_ref,
            suspended_on=on,
            recorded_by=suspended_by,
        )

    def lift_suspension(self, lifted_by: str, on: date, reason: str) -> None:
        """Lift the suspension (解除), with the reason (the request was met, …)."""
        self._check_not_erased_yet()
        if self.suspension is None:
            raise NotSuspendedError(str(self.id))
        if not reason.strip():
            raise InvalidRightsRequestError("reason: why the suspension is lifted")
        self._emit_right(
            "SuspensionLifted",
            request_id=self.suspension.request_id,
            request_ref=self.suspension.request_ref,
            lifted_on=on,
            reason=reason.strip(),
            recorded_by=lifted_by,
        )

    def check_use(self, user: str) -> None:
        """Refuse anyone but the request's handlers while the use is suspended."""
        if self.suspension is not None and user not in self.suspension.handlers:
            raise UseSuspendedError(
                f"the use of this person's data is suspended since "
                f"{self.suspension.since} ({self.suspension.request_ref})"
            )
