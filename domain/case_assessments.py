"""Assessments of a case (アセスメント): made, then revised, area by area.

The case's own agency, or one working on it under an accepted referral,
assesses; the event keeps the basis that agency worked on. A plan names the
assessment it rests on (`case_plans.py`).
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.assessment import (
    Assessment,
    AssessmentRevision,
    Finding,
    check_findings,
)
from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.errors import (
    AssessmentAlreadyExistsError,
    InvalidAssessmentError,
    StaleRevisionError,
)
from domain.recording import Recording


class CaseAssessments(CaseSharing):
    """Assessments (アセスメント) inside a case."""

    class AssessmentRecorded(Aggregate.Event):
        """An agency assessed the case (アセスメント), as revision 1."""

        assessment_id: UUID
        assessed_on: date
        agency: str
        findings: tuple[Finding, ...]
        basis: Basis | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            first = AssessmentRevision(
                1, self.assessed_on, self.agency, tuple(self.findings), self.basis
            )
            key = str(self.assessment_id)
            case.assessments[key] = Assessment(self.assessment_id, (first,))

    class AssessmentRevised(Aggregate.Event):
        """The assessment was revised (再アセスメント): the whole sheet again."""

        assessment_id: UUID
        revision: int
        assessed_on: date
        agency: str
        findings: tuple[Finding, ...]
        basis: Basis | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            key = str(self.assessment_id)
            revision = AssessmentRevision(
                self.revision,
                self.assessed_on,
                self.agency,
                tuple(self.findings),
                self.basis,
            )
            case.assessments[key] = case.assessments[key].revised(revision)

    def assess(
        self,
        *,
        assessment_id: UUID,
        assessed_on: date,
        agency: str,
        findings: tuple[Finding, ...],
        recorded_by: str,
        recording: Recording,
    ) -> None:
        self._check_open()
        if str(assessment_id) in self.assessments:
            raise AssessmentAlreadyExistsError(str(assessment_id))
        check_findings(findings)
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("assessed_on", assessed_on, after=opening)
        basis = self.working_basis(agency, assessed_on, recording.today)
        self._emit(
            "AssessmentRecorded",
            assessment_id=assessment_id,
            assessed_on=assessed_on,
            agency=agency,
            findings=findings,
            basis=basis,
            recorded_by=recorded_by,
        )

    def revise_assessment(
        self,
        *,
        assessment_id: UUID,
        assessed_on: date,
        agency: str,
        findings: tuple[Finding, ...],
        recorded_by: str,
        recording: Recording,
        expected_revision: int | None = None,
    ) -> int:
        """Record the next revision; `expected_revision` is the one edited."""
        self._check_open()
        latest = self.assessment(assessment_id).latest
        if expected_revision is not None and expected_revision != latest.number:
            raise StaleRevisionError(f"revision {expected_revision} is not latest")
        check_findings(findings)
        if assessed_on < latest.assessed_on:
            raise InvalidAssessmentError(
                f"revision {latest.number} was made on {latest.assessed_on}"
            )
        recording.check("assessed_on", assessed_on)
        basis = self.working_basis(agency, assessed_on, recording.today)
        self._emit(
            "AssessmentRevised",
            assessment_id=assessment_id,
            revision=latest.number + 1,
            assessed_on=assessed_on,
            agency=agency,
            findings=findings,
            basis=basis,
            recorded_by=recorded_by,
        )
        return latest.number + 1
