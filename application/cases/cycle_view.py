"""What one reader sees of a case's support cycle.

The owning agency sees everything. Another agency reading on a basis sees an
assessment's area only when its basis covers every category the area
reveals (the problems seen: each issue code as it may see it, the words only
with all of them); it sees the support decision and the plan's dates and
codes, and the words of monitorings and evaluations when it has a role in
the plan or wrote them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from application.access.policy import Scope
from domain.assessment import Assessment, AssessmentRevision, Finding
from domain.case_state import SupportDecision
from domain.catalogue.assessment_areas import Area
from domain.catalogue.categories import ISSUE_CATEGORIES, visible
from domain.personal import Personal
from domain.plan_reviews import Evaluation, Monitoring
from domain.support_plan import SupportPlan


@dataclass(frozen=True)
class FindingView:
    """One area of the sheet, as far as the reader may see it."""

    area: str
    choices: tuple[str, ...]
    note: str | None
    about_person_id: UUID | None = None  # whose key seals the note


@dataclass(frozen=True)
class AssessmentRevisionView:
    """One revision of the sheet: when, by whom, what was found."""

    number: int
    assessed_on: date
    agency: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class AssessmentView:
    """An assessment (アセスメント) and its revisions, as far as the reader may see."""

    assessment_id: UUID
    revisions: tuple[AssessmentRevisionView, ...]


@dataclass(frozen=True)
class DecisionView:
    """The city's support decision (支援決定): when, by which section, where."""

    decided_on: date
    agency: str
    meeting_id: UUID | None


@dataclass(frozen=True)
class GoalProgressView:
    """Progress on one goal at a monitoring; words to members only."""

    goal: int
    progress: str
    changes: str | None
    next_steps: str | None


@dataclass(frozen=True)
class MonitoringView:
    """A monitoring (モニタリング) of the plan."""

    monitoring_id: UUID
    monitored_on: date
    agency: str
    goals: tuple[GoalProgressView, ...]


@dataclass(frozen=True)
class EvaluationView:
    """An evaluation (評価) and what it decided."""

    evaluated_on: date
    outcome: str
    agency: str
    next_review_on: date | None
    note: str | None


@dataclass(frozen=True)
class FollowUpView:
    """A plan's review date, whether it is due, monitorings and evaluations."""

    review_on: date
    review_due: bool
    assessment_id: UUID | None
    monitorings: tuple[MonitoringView, ...]
    evaluations: tuple[EvaluationView, ...]


def _text(value: Personal | None, shown: bool) -> str | None:
    return value.text if shown and value is not None else None


def assessments_view(
    assessments: dict[str, Assessment], scope: Scope
) -> tuple[AssessmentView, ...]:
    return tuple(
        AssessmentView(a.assessment_id, tuple(_revision(r, scope) for r in a.revisions))
        for a in assessments.values()
    )


def _revision(revision: AssessmentRevision, scope: Scope) -> AssessmentRevisionView:
    findings = (_finding(f, scope) for f in revision.findings)
    return AssessmentRevisionView(
        revision.number,
        revision.assessed_on,
        revision.agency,
        tuple(f for f in findings if f is not None),
    )


def _finding(finding: Finding, scope: Scope) -> FindingView | None:
    covered = scope.full or finding.reveals() <= scope.categories
    if finding.area == Area.PROBLEMS and not covered:
        codes = visible(finding.choices, ISSUE_CATEGORIES, scope.categories)
        return FindingView(finding.area, codes, None) if codes else None
    if not covered:
        return None
    about = None if finding.note is None else finding.note.subject_id
    return FindingView(finding.area, finding.choices, _text(finding.note, True), about)


def decision_view(decision: SupportDecision | None) -> DecisionView | None:
    if decision is None:
        return None
    return DecisionView(decision.decided_on, decision.agency, decision.meeting_id)


def follow_up_view(plan: SupportPlan, scope: Scope, today: date) -> FollowUpView:
    member = scope.full or scope.agency in plan.roles_of()
    return FollowUpView(
        review_on=plan.review_on,
        review_due=plan.is_review_due(today),
        assessment_id=plan.assessment_id,
        monitorings=tuple(
            _monitoring(m, member or m.agency == scope.agency) for m in plan.monitorings
        ),
        evaluations=tuple(
            _evaluation(e, member or e.agency == scope.agency) for e in plan.evaluations
        ),
    )


def _monitoring(monitoring: Monitoring, shown: bool) -> MonitoringView:
    return MonitoringView(
        monitoring.monitoring_id,
        monitoring.monitored_on,
        monitoring.agency,
        tuple(
            GoalProgressView(
                g.goal, g.progress, _text(g.changes, shown), _text(g.next_steps, shown)
            )
            for g in monitoring.goals
        ),
    )


def _evaluation(evaluation: Evaluation, shown: bool) -> EvaluationView:
    return EvaluationView(
        evaluation.evaluated_on,
        evaluation.outcome,
        evaluation.agency,
        evaluation.next_review_on,
        _text(evaluation.note, shown),
    )
