"""Commands on a case's consents (同意): grant and withdraw."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain import case_upcasts as past
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.consent import Consent
from domain.errors import (
    ConsentAlreadyWithdrawnError,
    InvalidDateError,
    WithdrawalBeforeActError,
)
from domain.personal import Personal
from domain.recording import Recording


class CaseConsents(CaseSharing):
    """Consents given and withdrawn; a withdrawal only ever looks forward."""

    class ConsentGranted(Aggregate.Event):
        """The person or a representative gave consent (同意取得)."""

        consent: Consent
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.consents[str(self.consent.consent_id)] = self.consent

    class ConsentWithdrawn(Aggregate.Event):
        """A consent was withdrawn (同意撤回) from `withdrawn_on` onwards."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.withdrawal_recorded_at)

        consent_id: UUID
        withdrawn_on: date
        reason: Personal | None
        recorded_by: str
        recorded_at: datetime

        def apply(self, case: CaseState) -> None:
            key = str(self.consent_id)
            case.consents[key] = case.consents[key].withdrawn(
                self.withdrawn_on, self.reason, self.recorded_at
            )

    def grant_consent(
        self, consent: Consent, recorded_by: str, recording: Recording
    ) -> None:
        """Record a consent; it may start in advance, but not too far back."""
        self._check_open()
        consent.check()
        if consent.valid_from < recording.earliest:
            raise InvalidDateError(
                "valid_from",
                f"{consent.valid_from} is more than {recording.backdate_days} "
                f"days back (earliest {recording.earliest})",
            )
        self._emit("ConsentGranted", consent=consent, recorded_by=recorded_by)

    def withdraw_consent(
        self,
        consent_id: UUID,
        withdrawn_on: date,
        reason: Personal | None,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Withdraw from `withdrawn_on`: never before an act recorded on it (R3)."""
        self._check_open()
        consent = self.consent(consent_id)
        if consent.withdrawn_on is not None:
            raise ConsentAlreadyWithdrawnError(str(consent_id))
        start = ("the consent's valid_from", consent.valid_from)
        recording.check("withdrawn_on", withdrawn_on, after=start)
        later = [
            (a, d) for a, d in self.acts_on_consent(str(consent_id)) if d > withdrawn_on
        ]
        if later:
            act, day = max(later, key=lambda found: found[1])
            raise WithdrawalBeforeActError(
                f"{act} dated {day} rests on this consent: withdraw from {day} or later"
            )
        self._emit(
            "ConsentWithdrawn",
            consent_id=consent_id,
            withdrawn_on=withdrawn_on,
            reason=reason,
            recorded_by=recorded_by,
            recorded_at=recording.at,
        )
