"""The city's support decision (支援決定): the person is supported by the programme.

Art. 106-4 ②6 makes the programme's plans for the people the municipality
recognises; a plan under 多機関協働 or 参加支援 needs that decision first
(`case_plans.py`). A city section that runs 多機関協働 records it (the
registry says which: `AgencyRegistryRules.check_may_decide`, asked by the
application), resting on a consent that lets the section learn of the case.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState, SupportDecision
from domain.consent import Purpose
from domain.errors import AlreadyDecidedError
from domain.recording import Recording


class CaseDecision(CaseSharing):
    """The support decision (支援決定) on a case."""

    class SupportDecided(Aggregate.Event):
        """The city decided to support the person under the programme (支援決定)."""

        decided_on: date
        agency: str
        basis: Basis
        meeting_id: UUID | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.support_decision = SupportDecision(
                self.decided_on, self.agency, self.basis, self.meeting_id
            )

    def decide_support(
        self,
        *,
        decided_on: date,
        agency: str,
        meeting_id: UUID | None,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Record the decision once, on a consent letting `agency` learn of the case."""
        self._check_open()
        if self.support_decision is not None:
            raise AlreadyDecidedError(f"decided on {self.support_decision.decided_on}")
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("decided_on", decided_on, after=opening)
        consent = self.consent_for(
            agency,
            (Purpose.INFORMATION_SHARING,),
            day=decided_on,
            recording=recording,
        )
        self._emit(
            "SupportDecided",
            decided_on=decided_on,
            agency=agency,
            basis=Basis.of_consent(consent.consent_id),
            meeting_id=meeting_id,
            recorded_by=recorded_by,
        )
