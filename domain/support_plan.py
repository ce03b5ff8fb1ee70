"""Support plan (支援プラン) with numbered revisions, as a value inside a case."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.catalogue.projects import Project
from domain.errors import (
    AlreadyVoidedError,
    InvalidPlanError,
    PlanEndedError,
    PlanProjectError,
    RevisionAlreadyApprovedError,
    RevisionNotFoundError,
    StaleRevisionError,
)
from domain.personal import Personal
from domain.plan_reviews import Evaluation, Monitoring
from domain.plan_statement import AgencyRole, PlanStatement

__all__ = [
    "DECIDED_PROJECTS",
    "PLAN_PROJECTS",
    "AgencyRole",
    "PlanRevision",
    "PlanStatement",
    "SupportPlan",
]

# The 事業 under which the plan makes support plans (Art. 106-4 §2 items 2, 4, 5;
# item 6 is the making of the plan itself, run together with 多機関協働).
PLAN_PROJECTS: frozenset[Project] = frozenset(
    {Project.PARTICIPATION_SUPPORT, Project.OUTREACH, Project.MULTI_AGENCY}
)

# The 事業 whose plans need the city's support decision (支援決定) first.
DECIDED_PROJECTS: frozenset[str] = frozenset(
    {Project.PARTICIPATION_SUPPORT, Project.MULTI_AGENCY}
)


@dataclass(frozen=True)
class PlanRevision:
    """One numbered revision (改訂) of a plan, and the meeting that approved it.

    `basis` is what the revising agency worked on the case by, when it is
    not the case's own agency (its accepted referral's basis).
    """

    number: int
    statement: PlanStatement
    stated_on: date
    meeting_id: UUID | None = None
    approved_on: date | None = None
    basis: Basis | None = None
    agreed_on: date | None = None  # the person's agreement (本人同意)
    agreed_how: str | None = None  # signed (署名) or oral (口頭)


@dataclass(frozen=True)
class SupportPlan:
    """A support plan (支援プラン) made under one 事業, revision 1 at creation.

    `agency` made it (None in plans recorded before agencies were kept); a
    voided plan (取消) stays in history and counts nowhere.
    """

    plan_id: UUID
    project: str
    created_on: date
    revisions: tuple[PlanRevision, ...]
    ended_on: date | None = None
    end_reason: Personal | None = None
    agency: str | None = None
    voided_on: date | None = None
    void_reason: Personal | None = None
    assessment_id: UUID | None = None  # None: made before plans named one
    monitorings: tuple[Monitoring, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()

    @classmethod
    def created(  # noqa: PLR0917 (the event's fields)
        cls,
        plan_id: UUID,
        project: str,
        statement: PlanStatement,
        created_on: date,
        agency: str | None,
        basis: Basis | None,
        assessment_id: UUID | None = None,
    ) -> SupportPlan:
        first = PlanRevision(1, statement, created_on, basis=basis)
        return cls(
            plan_id,
            project,
            created_on,
            (first,),
            agency=agency,
            assessment_id=assessment_id,
        )

    @property
    def is_live(self) -> bool:
        """Neither ended nor voided: its roles still work on the case."""
        return self.ended_on is None and self.voided_on is None

    def roles_of(self) -> frozenset[str]:
        return frozenset(r.agency for r in self.revisions[-1].statement.roles)

    @staticmethod
    def check_new(project: str, statement: PlanStatement, created_on: date) -> None:
        if project not in {p.value for p in PLAN_PROJECTS}:
            raise PlanProjectError(f"no support plans under {project}")
        statement.check(created_on)

    @property
    def latest(self) -> int:
        return len(self.revisions)

    def revision(self, number: int) -> PlanRevision:
        if not 1 <= number <= self.latest:
            raise RevisionNotFoundError(f"plan {self.plan_id} has no revision {number}")
        return self.revisions[number - 1]

    def check_revision(
        self, statement: PlanStatement, revised_on: date, expected: int | None
    ) -> int:
        """The next revision's number, if the caller revised the latest one."""
        self._check_not_ended()
        if expected is not None and expected != self.latest:
            raise StaleRevisionError(f"revision {expected} is not {self.latest}")
        if revised_on < self.revisions[-1].stated_on:
            raise InvalidPlanError(
                f"revision {self.latest} was stated after {revised_on}"
            )
        statement.check(revised_on)
        return self.latest + 1

    def check_approval(self, number: int, approved_on: date) -> None:
        self._check_not_ended()
        revision = self.revision(number)
        if revision.meeting_id is not None:
            raise RevisionAlreadyApprovedError(f"revision {number} is approved")
        if approved_on < revision.stated_on:
            raise InvalidPlanError(f"revision {number} was stated after {approved_on}")

    def check_end(self, ended_on: date) -> None:
        self._check_not_ended()
        if ended_on < self.created_on:
            raise InvalidPlanError(f"the plan was created after {ended_on}")

    def revised(
        self,
        number: int,
        statement: PlanStatement,
        revised_on: date,
        basis: Basis | None = None,
    ) -> SupportPlan:
        new = PlanRevision(number, statement, revised_on, basis=basis)
        return replace(self, revisions=(*self.revisions, new))

    def approved(self, number: int, meeting_id: UUID, on: date) -> SupportPlan:
        old = self.revisions[number - 1]
        new = replace(old, meeting_id=meeting_id, approved_on=on)
        revisions = (*self.revisions[: number - 1], new, *self.revisions[number:])
        return replace(self, revisions=revisions)

    def ended(self, ended_on: date, reason: Personal) -> SupportPlan:
        return replace(self, ended_on=ended_on, end_reason=reason)

    def voided(self, on: date, reason: Personal) -> SupportPlan:
        return replace(self, voided_on=on, void_reason=reason)

    @property
    def review_on(self) -> date:
        """The next review (見直し): the latest revision's, or a continuation's."""
        review = self.revisions[-1].statement.review_on
        stated = self.revisions[-1].stated_on
        for evaluation in self.evaluations:
            if evaluation.evaluated_on >= stated and evaluation.next_review_on:
                review = evaluation.next_review_on
        return review

    def is_review_due(self, today: date) -> bool:
        """Live, its review date passed, and no evaluation since that date."""
        review = self.review_on
        evaluated = any(e.evaluated_on >= review for e in self.evaluations)
        return self.is_live and review < today and not evaluated

    def check_follow_up(self, day: date) -> None:
        """Monitor, evaluate or agree only to a live plan, on or after its making."""
        self._check_not_ended()
        if day < self.created_on:
            raise InvalidPlanError(f"the plan was created after {day}")

    def agreed(self, number: int, on: date, how: str) -> SupportPlan:
        old = self.revisions[number - 1]
        new = replace(old, agreed_on=on, agreed_how=how)
        revisions = (*self.revisions[: number - 1], new, *self.revisions[number:])
        return replace(self, revisions=revisions)

    def monitored(self, monitoring: Monitoring) -> SupportPlan:
        return replace(self, monitorings=(*self.monitorings, monitoring))

    def evaluated(self, evaluation: Evaluation) -> SupportPlan:
        return replace(self, evaluations=(*self.evaluations, evaluation))

    def check_not_voided(self) -> None:
        if self.voided_on is not None:
            raise AlreadyVoidedError(f"plan {self.plan_id} is voided")

    def _check_not_ended(self) -> None:
        self.check_not_voided()
        if self.ended_on is not None:
            raise PlanEndedError(f"plan {self.plan_id} ended on {self.ended_on}")
