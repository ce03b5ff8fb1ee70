"""One-off consultations (一回限りの相談): recorded by the window, no person."""

from __future__ import annotations

from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.errors import NotYourAgencyError
from domain.consultation import Consultation, ConsultationFacts


class ConsultationCommands(BasisChecks):
    """Recording a consultation that never became a case; one transaction."""

    def record_consultation(
        self, actor: Actor, facts: ConsultationFacts
    ) -> tuple[UUID, int]:
        """Record it at the caller's window; its id and version.

        A consultation counted as an activity kind is judged as that
        activity would be (R8: the registry says the window runs it).
        """
        on = facts.consulted_on
        self.check_agency(facts.agency, on=on)
        self.check_runs(facts.agency, facts.project, on)
        if facts.kind is not None:
            self.check_may_record(facts.agency, facts.kind, facts.project, on)
        consultation = Consultation.record(
            self.new_id(), facts, actor.recorded_by, self.recording()
        )
        self.commit(consultation)
        return consultation.id, consultation.version

    def withdraw_consultation(
        self,
        actor: Actor,
        consultation_id: UUID,
        reason: str,
        expected: int | None = None,
    ) -> int:
        """Withdraw it, by the window that recorded it; its new version."""
        consultation = self.load(Consultation, consultation_id, expected)
        if consultation.facts.agency != actor.agency:
            raise NotYourAgencyError("only the window that recorded it withdraws it")
        consultation.withdraw(reason, actor.recorded_by)
        self.commit(consultation)
        return consultation.version

    def get_consultation(self, consultation_id: UUID) -> Consultation:
        return self.load(Consultation, consultation_id, None)
