"""The person's rights (本人の権利): 開示, 訂正, 利用停止, each a request and an answer.

The city receives a request with its reference (受付番号) and answers it:
a copy is handed over (開示の実施), a record is corrected (訂正), or the use
of the person's data is suspended (利用停止) until the suspension is lifted
(解除); or the request is refused (不開示・不訂正・不停止の決定) with the
reason. Each is an event of `Person`, by whom and on which day. The
suspension's answers are `person_suspension.py`; erasure, the fourth right,
is `person_erasure.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import (
    InvalidRightsRequestError,
    PersonErasedError,
    RightsRequestAnsweredError,
    RightsRequestNotFoundError,
)

LONGEST_REFERENCE = 100


class RightKind(StrEnum):
    """Which right the person invokes (開示請求・訂正請求・利用停止請求)."""

    DISCLOSURE = "disclosure"
    CORRECTION = "correction"
    SUSPENSION = "suspension"


class RightsStatus(StrEnum):
    """Where a request stands: pending, or how it was answered."""

    PENDING = "pending"
    DISCLOSED = "disclosed"
    CORRECTED = "corrected"
    SUSPENDED = "suspended"
    LIFTED = "lifted"
    REFUSED = "refused"


@dataclass(frozen=True)
class RightsRequest:
    """A request of the person's (開示・訂正・利用停止), and its answer once given."""

    request_id: UUID
    kind: str
    request_ref: str
    requested_by: str
    requested_on: date
    status: str = RightsStatus.PENDING.value
    answered_by: str | None = None
    answered_on: date | None = None

    @property
    def is_pending(self) -> bool:
        return self.status == RightsStatus.PENDING.value

    def answered(self, status: RightsStatus, by: str, on: date) -> RightsRequest:
        return replace(self, status=status.value, answered_by=by, answered_on=on)


class PersonRights:
    """The commands of the person's rights; `Person` redefines these events."""

    erased_on: date | None
    rights_requests: dict[str, RightsRequest]

    if TYPE_CHECKING:  # provided by `eventsourcing.domain.Aggregate`

        @property
        def id(self) -> UUID: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

        # `Person`'s: refuses an erased record and a merged one (名寄せ).
        def _check_not_erased(self) -> None: ...

    class RightsRequested(Aggregate.Event):
        """A request of the person's was received (開示・訂正・利用停止請求の受付)."""

        request_id: UUID
        kind: str
        request_ref: str
        requested_on: date
        recorded_by: str

        def apply(self, person: PersonRights) -> None:
            person.rights_requests[str(self.request_id)] = RightsRequest(
                self.request_id,
                self.kind,
                self.request_ref,
                self.recorded_by,
                self.requested_on,
            )

    class Disclosed(Aggregate.Event):
        """A copy of what is held was handed over (開示の実施)."""

        request_id: UUID
        request_ref: str
        disclosed_on: date
        recorded_by: str

        def apply(self, person: PersonRights) -> None:
            person.answer_right(
                self.request_id,
                RightsStatus.DISCLOSED,
                self.recorded_by,
                self.disclosed_on,
            )

    class CorrectionNoted(Aggregate.Event):
        """A correction note was added to a case's record (訂正の付記).

        The note itself is the case's `CorrectionNoteAdded` (`note_id`).
        """

        request_id: UUID
        request_ref: str
        case_id: UUID
        note_id: UUID
        noted_on: date
        recorded_by: str

        def apply(self, person: PersonRights) -> None:
            person.answer_right(
                self.request_id,
                RightsStatus.CORRECTED,
                self.recorded_by,
                self.noted_on,
            )

    class RightsRequestRefused(Aggregate.Event):
        """The request was refused (不開示・不訂正・不停止の決定), with the reason."""

        request_id: UUID
        request_ref: str
        refused_on: date
        reason: str
        recorded_by: str

        def apply(self, person: PersonRights) -> None:
            person.answer_right(
                self.request_id,
                RightsStatus.REFUSED,
                self.recorded_by,
                self.refused_on,
            )

    def request_right(
        self,
        request_id: UUID,
        kind: str,
        request_ref: str,
        requested_by: str,
        requested_on: date,
    ) -> None:
        """Record a request (受付); nothing is answered yet."""
        self._check_not_erased_yet()
        ref = request_ref.strip()
        if not ref or len(ref) > LONGEST_REFERENCE:
            raise InvalidRightsRequestError("request_ref: the city's reference")
        if kind not in set(RightKind):
            raise InvalidRightsRequestError(f"kind: one of {', '.join(RightKind)}")
        if self.request_by_ref(ref) is not None:
            raise InvalidRightsRequestError(f"request_ref {ref} is recorded already")
        self._emit_right(
            "RightsRequested",
            request_id=request_id,
            kind=kind,
            request_ref=ref,
            requested_on=requested_on,
            recorded_by=requested_by,
        )

    def disclose(self, request_id: UUID, disclosed_by: str, on: date) -> None:
        """Answer a disclosure request: the copy is handed over today."""
        request = self.pending_right(request_id, RightKind.DISCLOSURE)
        self._emit_right(
            "Disclosed",
            request_id=request_id,
            request_ref=request.request_ref,
            disclosed_on=on,
            recorded_by=disclosed_by,
        )

    def note_correction(
        self, request_id: UUID, case_id: UUID, note_id: UUID, by: str, on: date
    ) -> None:
        """Answer a correction request by a note added to a case's record."""
        request = self.pending_right(request_id, RightKind.CORRECTION)
        self._emit_right(
            "CorrectionNoted",
            request_id=request_id,
            request_ref=request.request_ref,
            case_id=case_id,
            note_id=note_id,
            noted_on=on,
            recorded_by=by,
        )

    def refuse_right(
        self, request_id: UUID, refused_by: str, on: date, reason: str
    ) -> None:
        """Refuse a pending request of any kind, with the reason."""
        request = self.pending_right(request_id, None)
        if not reason.strip():
            raise InvalidRightsRequestError("reason: why the request is refused")
        self._emit_right(
            "RightsRequestRefused",
            request_id=request_id,
            request_ref=request.request_ref,
            refused_on=on,
            reason=reason.strip(),
            recorded_by=refused_by,
        )

    def request_by_ref(self, request_ref: str) -> RightsRequest | None:
        ref = request_ref.strip()
        found = (r for r in self.rights_requests.values() if r.request_ref == ref)
        return next(found, None)

    def pending_right(self, request_id: UUID, kind: RightKind | None) -> RightsRequest:
        """The pending request of this kind (any kind when None), or a refusal."""
        self._check_not_erased_yet()
        request = self.rights_requests.get(str(request_id))
        if request is None or (kind is not None and request.kind != kind.value):
            raise RightsRequestNotFoundError(f"no {kind or ''} request {request_id}")
        if not request.is_pending:
            raise RightsRequestAnsweredError(f"already {request.status}")
        return request

    def answer_right(
        self, request_id: UUID, status: RightsStatus, by: str, on: date
    ) -> None:
        """Set a request's answer (an applier's step: no rule is checked here)."""
        key = str(request_id)
        self.rights_requests[key] = self.rights_requests[key].answered(status, by, on)

    def _check_not_erased_yet(self) -> None:
        if self.erased_on is not None:
            raise PersonErasedError(str(self.id))
        self._check_not_erased()  # and not merged into another record

    def _emit_right(self, event: str, **fields: Any) -> None:
        """Trigger the person's event named `event` (redefined on `Person`)."""
        self.trigger_event(getattr(type(self), event), **fields)
