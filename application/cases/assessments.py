"""Commands on a case's assessments (アセスメント): make and revise."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.forms import FindingForm
from application.households.about import AboutMembers
from domain.assessment import Finding
from domain.case import Case
from domain.personal import Personal


class AssessmentCommands(AboutMembers):
    """Assessments; each command is one transaction on the case.

    Every area's words are personal data under the key of whom they are
    about (the person, or a member of the case's household); the areas and
    choices are codes, so they stay countable after an erasure.
    """

    def assess(
        self,
        actor: Actor,
        case_id: UUID,
        *,
        assessed_on: date,
        findings: tuple[FindingForm, ...],
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Record an assessment as revision 1; returns its id and the version."""
        case = self.load(Case, case_id, expected)
        assessment_id = self.new_id()
        case.assess(
            assessment_id=assessment_id,
            assessed_on=assessed_on,
            agency=actor.agency,
            findings=self._findings(case, assessed_on, findings),
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return assessment_id, case.version

    def revise_assessment(
        self,
        actor: Actor,
        case_id: UUID,
        assessment_id: UUID,
        *,
        assessed_on: date,
        findings: tuple[FindingForm, ...],
        expected_revision: int | None = None,
        expected: int | None = None,
    ) -> tuple[int, int]:
        """Restate the whole sheet; returns the revision's number and the version."""
        case = self.load(Case, case_id, expected)
        number = case.revise_assessment(
            assessment_id=assessment_id,
            assessed_on=assessed_on,
            agency=actor.agency,
            findings=self._findings(case, assessed_on, findings),
            recorded_by=actor.recorded_by,
            recording=self.recording(),
            expected_revision=expected_revision,
        )
        self.commit(case)
        return number, case.version

    def _findings(
        self, case: Case, on: date, forms: tuple[FindingForm, ...]
    ) -> tuple[Finding, ...]:
        return tuple(
            Finding(
                f.area,
                tuple(f.choices),
                None
                if f.note is None
                else Personal(self.subject_of(case, f.about_person_id, on), f.note),
            )
            for f in forms
        )
