"""Following a plan: the person's agreement, monitoring, evaluation.

The agency working on the case records each (its own, or one under an
accepted referral). Progress and outcome are codes (GET /v1/support-cycle);
words are personal data under the person's key.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

from application.cases.forms import GoalForm
from domain.catalogue.support_cycle import AgreementForm, Outcome, Progress
from interfaces.http.access import WorkOnCase
from interfaces.http.deps import Ledger
from interfaces.http.routes.plans import PlanRef
from interfaces.http.values import BusinessDate, IsoDate, Text
from interfaces.http.versions import CREATED, NO_CONTENT, Versioned

router = APIRouter(prefix="/v1/cases/{case_id}/plans/{plan_id}", tags=["plans"])


class AgreementRequest(BaseModel):
    """The person agreed to a revision (プラン兼利用申込書), signed or orally."""

    revision: Annotated[int, Field(ge=1, le=10_000)]
    how: AgreementForm
    agreed_on: BusinessDate | None = None


class GoalRequest(BaseModel):
    """One goal by its number in the plan (1 = the first goal listed)."""

    goal: Annotated[int, Field(ge=1, le=20)]
    progress: Progress
    changes: Text | None = None
    next_steps: Text | None = None


class MonitoringRequest(BaseModel):
    goals: Annotated[list[GoalRequest], Field(min_length=1, max_length=20)]
    monitored_on: BusinessDate | None = None


class MonitoringResponse(BaseModel):
    monitoring_id: UUID
    version: int


class EvaluationRequest(BaseModel):
    """Continue (with `next_review_on`), revise, or end (with a `note`)."""

    outcome: Outcome
    next_review_on: IsoDate | None = None
    note: Text | None = None
    evaluated_on: BusinessDate | None = None


@router.post("/agreements", **NO_CONTENT)
def agree_to_plan(
    ref: PlanRef,
    body: AgreementRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    version = ledger.agree_to_plan(
        actor,
        *ref,
        revision=body.revision,
        agreed_on=body.agreed_on or ledger.today(),
        how=body.how.value,
        expected=v.expected,
    )
    v.set(version)


@router.post("/monitorings", **CREATED)
def monitor_plan(
    ref: PlanRef,
    body: MonitoringRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> MonitoringResponse:
    """A monitoring (モニタリング): progress on each goal looked at."""
    goals = tuple(
        GoalForm(g.goal, g.progress.value, g.changes, g.next_steps) for g in body.goals
    )
    monitoring_id, version = ledger.monitor_plan(
        actor,
        *ref,
        monitored_on=body.monitored_on or ledger.today(),
        goals=goals,
        expected=v.expected,
    )
    v.set(version)
    return MonitoringResponse(monitoring_id=monitoring_id, version=version)


@router.post("/evaluations", **NO_CONTENT)
def evaluate_plan(
    ref: PlanRef,
    body: EvaluationRequest,
    actor: WorkOnCase,
    ledger: Ledger,
    v: Versioned,
) -> None:
    """An evaluation (評価); ending it ends the plan with the note as the reason."""
    version = ledger.evaluate_plan(
        actor,
        *ref,
        evaluated_on=body.evaluated_on or ledger.today(),
        outcome=body.outcome.value,
        next_review_on=body.next_review_on,
        note=body.note,
        expected=v.expected,
    )
    v.set(version)
