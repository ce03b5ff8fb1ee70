"""Erasure (消去) of a person: a request, and its answer by another person.

Erasure destroys the person's data key, which nothing can undo, so it is never
one member of staff's act alone (二者確認): one user records the request with
the city's reference (受付番号) and its ground, and a different user with the
admin role approves it, or refuses it. Erasure at the end of a retention
period (保存期間満了) rests on the city's rule instead, and names its run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from domain.errors import (
    ApproverNotAdminError,
    ErasureAlreadyRequestedError,
    ErasureRequestAnsweredError,
    ErasureRequestNotFoundError,
    InvalidErasureRequestError,
    PersonErasedError,
    SelfApprovalError,
)
from domain.user import Role

LONGEST_REFERENCE = 100


class RequestStatus(StrEnum):
    """Where an erasure request stands (受付・承認・不承認)."""

    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


@dataclass(frozen=True)
class ErasureRequest:
    """A request to erase the person, and its answer once given.

    `reason` is staff's statement of the ground (本人の請求, …), kept after the
    erasure as its record: it names the ground, never personal details.
    """

    request_id: UUID
    request_ref: str
    reason: str
    requested_by: str
    requested_on: date
    status: str = RequestStatus.PENDING.value
    answered_by: str | None = None
    answered_on: date | None = None

    @property
    def is_pending(self) -> bool:
        return self.status == RequestStatus.PENDING.value

    def answered(self, status: RequestStatus, by: str, on: date) -> ErasureRequest:
        return replace(self, status=status.value, answered_by=by, answered_on=on)


class PersonErasure:
    """The commands of a person's erasure; `Person` holds the events."""

    erased_on: date | None
    erasure_requests: dict[str, ErasureRequest]

    if TYPE_CHECKING:  # provided by `eventsourcing.domain.Aggregate`

        @property
        def id(self) -> UUID: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

    def request_erasure(
        self,
        request_id: UUID,
        request_ref: str,
        reason: str,
        requested_by: str,
        requested_on: date,
    ) -> None:
        """Record a request to erase (消去請求の受付); nothing is erased yet."""
        self._check_not_erased()
        if not request_ref.strip() or len(request_ref) > LONGEST_REFERENCE:
            raise InvalidErasureRequestError("request_ref: the city's reference")
        if not reason.strip():
            raise InvalidErasureRequestError("reason: the ground of the erasure")
        if any(r.is_pending for r in self.erasure_requests.values()):
            raise ErasureAlreadyRequestedError("answer the pending request first")
        self._emit(
            "ErasureRequested",
            request_id=request_id,
            request_ref=request_ref.strip(),
            reason=reason.strip(),
            requested_on=requested_on,
            recorded_by=requested_by,
        )

    def approve_erasure(
        self, request_id: UUID, approved_by: str, role: str, approved_on: date
    ) -> None:
        """Approve another user's request (承認): the person is erased."""
        request = self._pending(request_id, role)
        if approved_by == request.requested_by:
            raise SelfApprovalError("the requester may not approve their request")
        ref = request.request_ref
        self._emit(
            "ErasureApproved",
            request_id=request_id,
            request_ref=ref,
            approved_on=approved_on,
            recorded_by=approved_by,
        )
        self._emit(
            "Erased",
            erased_on=approved_on,
            ground=request.reason,
            request_id=request_id,
            request_ref=ref,
            recorded_by=approved_by,
        )

    def refuse_erasure(
        self,
        request_id: UUID,
        refused_by: str,
        role: str,
        refused_on: date,
        reason: str,
    ) -> None:
        """Refuse the request (不承認), with the reason; nothing is erased."""
        request = self._pending(request_id, role)
        if not reason.strip():
            raise InvalidErasureRequestError("reason: why the request is refused")
        self._emit(
            "ErasureRefused",
            request_id=request_id,
            request_ref=request.request_ref,
            refused_on=refused_on,
            reason=reason.strip(),
            recorded_by=refused_by,
        )

    def erase_after_retention(
        self, erased_on: date, ground: str, run_ref: str, recorded_by: str
    ) -> None:
        """Erase at the end of the retention period (保存期間満了), by the rule."""
        self._check_not_erased()
        if not ground.strip() or not run_ref.strip():
            raise InvalidErasureRequestError("a retention erasure names its rule")
        self._emit(
            "Erased",
            erased_on=erased_on,
            ground=ground,
            request_id=None,
            request_ref=run_ref,
            recorded_by=recorded_by,
        )

    def _pending(self, request_id: UUID, role: str) -> ErasureRequest:
        self._check_not_erased()
        request = self.erasure_requests.get(str(request_id))
        if request is None:
            raise ErasureRequestNotFoundError(str(request_id))
        if not request.is_pending:
            raise ErasureRequestAnsweredError(f"already {request.status}")
        if role != Role.ADMIN.value:
            raise ApproverNotAdminError(f"a {role} may not answer an erasure request")
        return request

    def _check_not_erased(self) -> None:
        if self.erased_on is not None:
            raise PersonErasedError(str(self.id))

    def _emit(self, event: str, **fields: Any) -> None:
        """Trigger the person's event named `event` (nested in `Person`)."""
        self.trigger_event(getattr(type(self), event), **fields)
