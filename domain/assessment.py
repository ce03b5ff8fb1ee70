"""Assessment (アセスメント): what the agencies found, area by area, revisable.

An assessment is a value inside a case, like a plan: numbered revisions,
each the whole finding (never a diff), so that a plan can name the
assessment it rests on and a form can print it as it stood on a day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.catalogue.assessment_areas import AREAS, Area
from domain.catalogue.categories import Category
from domain.errors import InvalidAssessmentError
from domain.personal import Personal


@dataclass(frozen=True)
class Finding:
    """One area of the sheet: the choices ticked and, in words, the rest."""

    area: str
    choices: tuple[str, ...] = ()
    note: Personal | None = None

    def reveals(self) -> frozenset[Category]:
        """The categories a reader must be entitled to, to see this area."""
        return AREAS[Area(self.area)].reveals


def check_findings(findings: tuple[Finding, ...]) -> None:
    """Refuse an empty sheet, an unknown area or choice, or an area twice."""
    if not findings:
        raise InvalidAssessmentError("an assessment records at least one area")
    areas = [f.area for f in findings]
    unknown = sorted(set(areas) - set(Area))
    if unknown:
        raise InvalidAssessmentError(f"unknown areas: {unknown}")
    if len(set(areas)) != len(areas):
        raise InvalidAssessmentError("each area is recorded once")
    for finding in findings:
        offered = AREAS[Area(finding.area)].choices
        wrong = sorted(set(finding.choices) - set(offered))
        if wrong:
            raise InvalidAssessmentError(f"{finding.area} offers no {wrong}")
        if not finding.choices and finding.note is None:
            raise InvalidAssessmentError(f"{finding.area} is recorded empty")


@dataclass(frozen=True)
class AssessmentRevision:
    """One numbered revision of the assessment, by one agency, on one day."""

    number: int
    assessed_on: date
    agency: str
    findings: tuple[Finding, ...]
    basis: Basis | None = None


@dataclass(frozen=True)
class Assessment:
    """An assessment (アセスメント) of the case: revision 1 when first made."""

    assessment_id: UUID
    revisions: tuple[AssessmentRevision, ...]

    @property
    def first_made_on(self) -> date:
        return self.revisions[0].assessed_on

    @property
    def latest(self) -> AssessmentRevision:
        return self.revisions[-1]

    def as_of(self, day: date) -> AssessmentRevision | None:
        """The revision in force on `day`: the last made on or before it."""
        made = [r for r in self.revisions if r.assessed_on <= day]
        return made[-1] if made else None

    def revised(self, revision: AssessmentRevision) -> Assessment:
        return replace(self, revisions=(*self.revisions, revision))
