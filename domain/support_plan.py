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

# The 事業 under which the plan makes support plans (Art. 106-4 §2 items 2, 4, 5;
# item 6 is the making of the plan itself, run together with 多機関協働).
PLAN_PROJECTS: frozenset[Project] = frozenset(
    {Project.PARTICIPATION_SUPPORT, Project.OUTREACH, Project.MULTI_AGENCY}
)


@dataclass(frozen=True)
class AgencyRole:
    """One agency's part in the plan (役割分担, yakuwari buntan)."""

    agency: str
    role: Personal


@dataclass(frozen=True)
class PlanStatement:
    """A full statement of a support plan (支援プラン): never a diff.

    Goals, roles and direction are the person's story, so each is personal
    data under the person's key; `review_on` is the next review (見直し) date.
    """

    goals: tuple[Personal, ...]
    roles: tuple[AgencyRole, ...]
    direction: Personal
    review_on: date

    def check(self, stated_on: date) -> None:
        """Refuse a statement without goals, with an agency twice, or reviewed early."""
        if not self.goals:
            raise InvalidPlanError("a plan states at least one goal")
        agencies = [r.agency for r in self.roles]
        if len(set(agencies)) != len(agencies) or not all(agencies):
            raise InvalidPlanError("each agency has one role, named by its code")
        if self.review_on < stated_on:
            raise InvalidPlanError(
                f"review date {self.review_on} is before {stated_on}"
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

    @classmethod
    def created(  # noqa: PLR0917 (the event's fields)
        cls,
        plan_id: UUID,
        project: str,
        statement: PlanStatement,
        created_on: date,
        agency: str | None,
        basis: Basis | None,
    ) -> SupportPlan:
        first = PlanRevision(1, statement, created_on, basis=basis)
        return cls(plan_id, project, created_on, (first,), agency=agency)

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

    def check_not_voided(self) -> None:
        if self.voided_on is not None:
            raise AlreadyVoidedError(f"plan {self.plan_id} is voided")

    def _check_not_ended(self) -> None:
        self.check_not_voided()
        if self.ended_on is not None:
            raise PlanEndedError(f"plan {self.plan_id} ended on {self.ended_on}")
