"""Following a plan: monitoring (モニタリング) per goal, and evaluation (評価).

Monitoring looks at each goal of the plan's latest revision: progress as a
code, the changes seen and the next steps in words. At the review date an
evaluation decides: continue (with the next review date), revise (the next
revision brings its own review date) or end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.catalogue.support_cycle import Outcome, Progress
from domain.errors import InvalidEvaluationError, InvalidMonitoringError
from domain.personal import Personal


@dataclass(frozen=True)
class GoalProgress:
    """One goal (numbered from 1, as the plan lists them) at one monitoring."""

    goal: int
    progress: str
    changes: Personal | None = None
    next_steps: Personal | None = None


@dataclass(frozen=True)
class Monitoring:
    """A monitoring of the plan by one agency on one day."""

    monitoring_id: UUID
    monitored_on: date
    agency: str
    goals: tuple[GoalProgress, ...]
    basis: Basis | None = None


@dataclass(frozen=True)
class Evaluation:
    """An evaluation of the plan and what it decided."""

    evaluated_on: date
    outcome: str
    agency: str
    next_review_on: date | None = None
    note: Personal | None = None


def check_goals(goals: tuple[GoalProgress, ...], goal_count: int) -> None:
    """Each goal of the plan at most once, by its number, with a known code."""
    if not goals:
        raise InvalidMonitoringError("a monitoring looks at one goal at least")
    numbers = [g.goal for g in goals]
    if len(set(numbers)) != len(numbers):
        raise InvalidMonitoringError("each goal is looked at once")
    outside = sorted(n for n in numbers if not 1 <= n <= goal_count)
    if outside:
        raise InvalidMonitoringError(
            f"the plan has goals 1 to {goal_count}, not {outside}"
        )
    unknown = sorted({g.progress for g in goals} - set(Progress))
    if unknown:
        raise InvalidMonitoringError(f"unknown progress codes: {unknown}")


def check_outcome(
    outcome: str, evaluated_on: date, next_review_on: date | None, note: object
) -> None:
    """Continuing names the next review date; revising and ending do not.

    Ending says why (the note becomes the plan's end reason).
    """
    if outcome not in set(Outcome):
        raise InvalidEvaluationError(f"unknown outcome: {outcome}")
    if outcome == Outcome.CONTINUE:
        if next_review_on is None or next_review_on <= evaluated_on:
            raise InvalidEvaluationError(
                "continuing names the next review date, after the evaluation"
            )
    elif next_review_on is not None:
        raise InvalidEvaluationError(
            f"a plan to {outcome} takes its next review date from no evaluation"
        )
    if outcome == Outcome.END and note is None:
        raise InvalidEvaluationError("ending the plan says why (note)")
