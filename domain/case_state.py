"""The state of a `Case` and the look-ups every group of its commands shares.

The case's commands live in one module per group (`case_consents.py`,
`case_referrals.py`, `case_plans.py`, `case_activities.py`, `case_sharing.py`);
its events live in `case.py`, where their stored topics were first written.
The state's shape is a rule of its own: collections are dicts keyed by id
(as strings) and values are frozen dataclasses with tuples, because events
and snapshots come back from JSON as dicts and lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID

from domain.activity import Activity
from domain.assessment import Assessment
from domain.basis import Basis
from domain.consent import Consent
from domain.errors import (
    ActivityNotFoundError,
    AssessmentNotFoundError,
    CaseClosedError,
    ConsentNotFoundError,
    PlanNotFoundError,
    ReferralNotFoundError,
)
from domain.intake import Intake
from domain.personal import Personal
from domain.referral import Referral
from domain.support_plan import SupportPlan


@dataclass(frozen=True)
class DisclosureNote:
    """What a meeting disclosed of the case: when, to whom, on what basis."""

    meeting_id: UUID
    held_on: date
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    basis: Basis
    consent_ids: dict[str, UUID] = field(default_factory=dict)


@dataclass(frozen=True)
class SupportDecision:
    """The city recognised the person as supported (支援決定, Art. 106-4 ②6)."""

    decided_on: date
    agency: str
    basis: Basis
    meeting_id: UUID | None = None


class CaseState:
    """State of a case (支援ケース) and look-ups by id."""

    intake: Intake
    summary: Personal
    consents: dict[str, Consent]
    referrals: dict[str, Referral]
    plans: dict[str, SupportPlan]
    activities: dict[str, Activity]
    disclosures: dict[str, DisclosureNote]
    assessments: dict[str, Assessment]
    support_decision: SupportDecision | None
    holder: str | None  # the agency the case was transferred to (移管)
    worker: str  # the assigned worker (担当者), a pseudonymous user id
    closed_on: date | None
    closure_reason: str | None  # 終結理由, while closed

    if TYPE_CHECKING:  # provided by `eventsourcing.domain.Aggregate`

        @property
        def id(self) -> UUID: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

    @property
    def owner(self) -> str:
        """The agency holding the case: it took it in, or it was transferred to it."""
        return self.holder or self.intake.agency

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    def consent(self, consent_id: UUID) -> Consent:
        try:
            return self.consents[str(consent_id)]
        except KeyError:
            raise ConsentNotFoundError(str(consent_id)) from None

    def referral(self, referral_id: UUID) -> Referral:
        try:
            return self.referrals[str(referral_id)]
        except KeyError:
            raise ReferralNotFoundError(str(referral_id)) from None

    def plan(self, plan_id: UUID) -> SupportPlan:
        try:
            return self.plans[str(plan_id)]
        except KeyError:
            raise PlanNotFoundError(str(plan_id)) from None

    def assessment(self, assessment_id: UUID) -> Assessment:
        try:
            return self.assessments[str(assessment_id)]
        except KeyError:
            raise AssessmentNotFoundError(str(assessment_id)) from None

    def activity(self, activity_id: UUID) -> Activity:
        try:
            return self.activities[str(activity_id)]
        except KeyError:
            raise ActivityNotFoundError(str(activity_id)) from None

    def last_act(self) -> tuple[str, date]:
        """The latest business date recorded: a closure may not precede it."""
        dated = [("the case's opening", self.intake.opened_on)]
        dated += [
            (f"activity {a.activity_id}", a.occurred_on)
            for a in self.activities.values()
            if a.voided_on is None
        ]
        return max(dated, key=lambda found: found[1])

    def _emit(self, event: str, **fields: Any) -> None:
        """Trigger the case's event named `event` (nested in `Case`)."""
        self.trigger_event(getattr(type(self), event), **fields)

    def _check_open(self) -> None:
        if self.closed_on is not None:
            raise CaseClosedError(f"closed on {self.closed_on}")
