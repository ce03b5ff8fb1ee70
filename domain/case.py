"""The support case (支援ケース): opening, closure and reopening, and the groups.

Each group of acts (consents, referrals, plans, activities, disclosures) is a
module holding its events and its commands; `Case` inherits them. The library
redefines every event of a direct base on `Case` itself, so each event's
stored topic stays `domain.case:Case.<Name>` whichever module defines it.
Changed shapes are read through `case_upcasts.py`: stored events are never
rewritten.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain import case_upcasts as past
from domain.activity import Activity
from domain.assessment import Assessment
from domain.case_activities import CaseActivities
from domain.case_assessments import CaseAssessments
from domain.case_consents import CaseConsents
from domain.case_corrections import CaseCorrections, CorrectionNote
from domain.case_decision import CaseDecision
from domain.case_disclosures import CaseDisclosures
from domain.case_handover import CaseHandover
from domain.case_plan_reviews import CasePlanReviews
from domain.case_plans import CasePlans
from domain.case_referrals import CaseReferrals
from domain.case_state import DisclosureNote, SupportDecision
from domain.catalogue.support_cycle import CLOSURE_REASONS_GIVEN
from domain.consent import Consent
from domain.errors import CaseNotClosedError, InvalidClosureReasonError
from domain.intake import Intake
from domain.personal import Personal
from domain.recording import Recording
from domain.referral import Referral
from domain.support_plan import SupportPlan


class Case(
    CaseConsents,
    CaseReferrals,
    CaseAssessments,
    CaseDecision,
    CasePlans,
    CasePlanReviews,
    CaseActivities,
    CaseDisclosures,
    CaseHandover,
    CaseCorrections,
    Aggregate,
):
    """A support case (支援ケース) about one person, from intake to closure."""

    # 2: referrals keep a `Basis`, disclosures a `DisclosureNote` (snapshots of
    # version 1 cannot say when a disclosure happened: they are replayed).
    # 3: assessments, the support decision, the holder and the worker; a
    # consent's relationship is `Personal`. No rule from 2: the worker is known
    # only from events, and an older snapshot may hold the relationship as text
    # that erasure cannot reach, so such snapshots are replayed, never upcast.
    # 4: correction notes (`case_corrections.py`); no rule either: replayed.
    class_version = 4

    class Opened(Aggregate.Created):
        """The case was opened at a window (相談受付)."""

        intake: Intake
        summary: Personal
        recorded_by: str

    class Closed(Aggregate.Event):
        """The case was closed (終結), for a coded reason and in words."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.closure_reason_code)

        closed_on: date
        reason_code: str
        reason: Personal | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.closed_on = self.closed_on
            case.closure_reason = self.reason_code

    class Reopened(Aggregate.Event):
        """A closed case was reopened (再開)."""

        reopened_on: date
        reason: Personal | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.closed_on = None
            case.closure_reason = None

    @event(Opened)
    def __init__(
        self, id: UUID, intake: Intake, summary: Personal, recorded_by: str
    ) -> None:
        self.intake = intake
        self.summary = summary
        self.consents: dict[str, Consent] = {}
        self.referrals: dict[str, Referral] = {}
        self.plans: dict[str, SupportPlan] = {}
        self.activities: dict[str, Activity] = {}
        self.disclosures: dict[str, DisclosureNote] = {}
        self.assessments: dict[str, Assessment] = {}
        self.correction_notes: dict[str, CorrectionNote] = {}
        self.support_decision: SupportDecision | None = None
        self.holder: str | None = None
        self.worker = recorded_by
        self.closed_on: date | None = None
        self.closure_reason: str | None = None

    @classmethod
    def open(
        cls,
        case_id: UUID,
        intake: Intake,
        summary: Personal,
        recorded_by: str,
        recording: Recording,
    ) -> Case:
        intake.check()
        recording.check("opened_on", intake.opened_on)
        return cls(id=case_id, intake=intake, summary=summary, recorded_by=recorded_by)

    def close(
        self,
        closed_on: date,
        reason: Personal | None,
        recorded_by: str,
        recording: Recording,
        *,
        reason_code: str,
    ) -> None:
        """Close for one of the coded reasons (終結理由), said in words too."""
        self._check_open()
        if reason_code not in CLOSURE_REASONS_GIVEN:
            raise InvalidClosureReasonError(f"unknown closure reason: {reason_code}")
        recording.check("closed_on", closed_on, after=self.last_act())
        self._emit(
            "Closed",
            closed_on=closed_on,
            reason_code=reason_code,
            reason=reason,
            recorded_by=recorded_by,
        )

    def reopen(
        self,
        reopened_on: date,
        reason: Personal | None,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        if self.closed_on is None:
            raise CaseNotClosedError(str(self.id))
        closure = ("the case's closure", self.closed_on)
        recording.check("reopened_on", reopened_on, after=closure)
        self._emit(
            "Reopened", reopened_on=reopened_on, reason=reason, recorded_by=recorded_by
        )
