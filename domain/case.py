"""The support case (支援ケース): its events, opening, closure and reopening.

The events are nested here because their stored topics (`domain.case:Case.X`)
were first written so; each applies itself to the case. Commands live in one
module per group (consents, referrals, plans, activities, disclosures).
Changed shapes are read through `case_upcasts.py`: stored events are never
rewritten.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain import case_upcasts as past
from domain.activity import Activity
from domain.basis import Basis
from domain.case_activities import CaseActivities
from domain.case_consents import CaseConsents
from domain.case_disclosures import CaseDisclosures
from domain.case_plans import CasePlans
from domain.case_referrals import CaseReferrals
from domain.case_state import DisclosureNote
from domain.consent import Consent
from domain.errors import CaseNotClosedError
from domain.intake import Intake
from domain.personal import Personal
from domain.recording import Recording
from domain.referral import Referral, ReferralStatus
from domain.support_plan import PlanStatement, SupportPlan


class Case(
    CaseConsents, CaseReferrals, CasePlans, CaseActivities, CaseDisclosures, Aggregate
):
    """A support case (支援ケース) about one person, from intake to closure."""

    # 2: referrals keep a `Basis`, disclosures a `DisclosureNote` (snapshots of
    # version 1 cannot say when a disclosure happened: they are replayed).
    # 3: a consent's relationship is `Personal` (an older snapshot may hold it
    # as text that erasure cannot reach: replayed, never upcast).
    class_version = 3

    class Opened(Aggregate.Created):
        """The case was opened at a window (相談受付)."""

        intake: Intake
        summary: Personal
        recorded_by: str

    class ConsentGranted(Aggregate.Event):
        """The person or a representative gave consent (同意取得)."""

        consent: Consent
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.consents[str(self.consent.consent_id)] = self.consent

    class ConsentWithdrawn(Aggregate.Event):
        """A consent was withdrawn (同意撤回) from `withdrawn_on` onwards."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.withdrawal_recorded_at)

        consent_id: UUID
        withdrawn_on: date
        reason: Personal | None
        recorded_by: str
        recorded_at: datetime

        def apply(self, case: Case) -> None:
            key = str(self.consent_id)
            case.consents[key] = case.consents[key].withdrawn(
                self.withdrawn_on, self.reason, self.recorded_at
            )

    class ReferralRequested(Aggregate.Event):
        """One agency asked another to take the case on (つなぎ依頼)."""

        referral: Referral
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.referrals[str(self.referral.referral_id)] = self.referral

    class ReferralStepped(Aggregate.Event):
        """A referral took a step of its closed loop (never emitted itself)."""

        status: ClassVar[ReferralStatus]

        referral_id: UUID
        on: date
        note: Personal | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            key = str(self.referral_id)
            moved = case.referrals[key].moved_to(self.status, self.on, self.note)
            case.referrals[key] = moved

    class ReferralAccepted(ReferralStepped):
        """The receiving agency accepted the referral (受諾)."""

        status = ReferralStatus.ACCEPTED

    class ReferralDeclined(ReferralStepped):
        """The receiving agency declined the referral (辞退), with a reason."""

        status = ReferralStatus.DECLINED

    class ReferralCompleted(ReferralStepped):
        """The receiving agency completed the referral (完了), with an outcome."""

        status = ReferralStatus.COMPLETED

    class ReferralCancelled(ReferralStepped):
        """The sending agency cancelled the referral (取消), with a reason."""

        status = ReferralStatus.CANCELLED

    class Closed(Aggregate.Event):
        """The case was closed (終結)."""

        closed_on: date
        reason: Personal | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.closed_on = self.closed_on

    class Reopened(Aggregate.Event):
        """A closed case was reopened (再開)."""

        reopened_on: date
        reason: Personal | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.closed_on = None

    class PlanCreated(Aggregate.Event):
        """A support plan (支援プラン) was made under a 事業, as revision 1."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.plan_agency_and_basis)

        plan_id: UUID
        project: str
        statement: PlanStatement
        created_on: date
        agency: str | None
        basis: Basis | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.plans[str(self.plan_id)] = SupportPlan.created(
                self.plan_id,
                self.project,
                self.statement,
                self.created_on,
                self.agency,
                self.basis,
            )

    class PlanRevised(Aggregate.Event):
        """The plan was revised (改訂); `statement` is the whole plan, not a diff."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.revision_basis)

        plan_id: UUID
        revision: int
        statement: PlanStatement
        revised_on: date
        basis: Basis | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            plan = case.plans[str(self.plan_id)]
            revised = plan.revised(
                self.revision, self.statement, self.revised_on, self.basis
            )
            case.plans[str(self.plan_id)] = revised

    class PlanApproved(Aggregate.Event):
        """A meeting approved one revision of the plan (承認)."""

        plan_id: UUID
        revision: int
        meeting_id: UUID
        approved_on: date
        recorded_by: str

        def apply(self, case: Case) -> None:
            plan = case.plans[str(self.plan_id)]
            approved = plan.approved(self.revision, self.meeting_id, self.approved_on)
            case.plans[str(self.plan_id)] = approved

    class PlanEnded(Aggregate.Event):
        """The support plan ended (終了), with a reason."""

        plan_id: UUID
        ended_on: date
        reason: Personal
        recorded_by: str

        def apply(self, case: Case) -> None:
            plan = case.plans[str(self.plan_id)]
            case.plans[str(self.plan_id)] = plan.ended(self.ended_on, self.reason)

    class PlanVoided(Aggregate.Event):
        """A plan recorded in error was voided (取消): it counts nowhere."""

        plan_id: UUID
        voided_on: date
        reason: Personal
        recorded_by: str

        def apply(self, case: Case) -> None:
            plan = case.plans[str(self.plan_id)]
            case.plans[str(self.plan_id)] = plan.voided(self.voided_on, self.reason)

    class ActivityRecorded(Aggregate.Event):
        """An agency's activity for the case was recorded (活動記録)."""

        class_version = 2
        upcast_v1_v2 = staticmethod(past.activity_basis)

        activity_id: UUID
        kind: str
        project: str
        agency: str
        occurred_on: date
        note: Personal | None
        basis: Basis | None
        replaces: UUID | None
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.activities[str(self.activity_id)] = Activity(
                self.activity_id,
                self.kind,
                self.project,
                self.agency,
                self.occurred_on,
                self.note,
                self.basis,
                self.replaces,
            )

    class ActivityVoided(Aggregate.Event):
        """An activity recorded in error was voided (取消): it counts nowhere."""

        activity_id: UUID
        voided_on: date
        reason: Personal
        recorded_by: str

        def apply(self, case: Case) -> None:
            key = str(self.activity_id)
            case.activities[key] = case.activities[key].voided(
                self.voided_on, self.reason
            )

    class DisclosedAtMeeting(Aggregate.Event):
        """The case's information was disclosed at a meeting (会議での情報提供).

        Recorded on the case as well as the meeting, in one transaction, so a
        consent withdrawal saved meanwhile makes the disclosure retry and see
        it. `recorded_after_end`: recorded after its consent was withdrawn or
        expired, for a meeting convened and held while it was in force.
        """

        class_version = 2
        upcast_v1_v2 = staticmethod(past.disclosure_on_case)

        meeting_id: UUID
        disclosure_id: UUID
        recipients: tuple[str, ...]
        categories: tuple[str, ...]
        basis: Basis
        consent_ids: dict[str, UUID]
        held_on: date
        recorded_after_end: bool
        recorded_by: str

        def apply(self, case: Case) -> None:
            case.disclosures[str(self.disclosure_id)] = DisclosureNote(
                self.meeting_id,
                self.held_on,
                tuple(self.recipients),
                tuple(self.categories),
                self.basis,
                dict(self.consent_ids),
            )

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
        self.closed_on: date | None = None

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
    ) -> None:
        self._check_open()
        recording.check("closed_on", closed_on, after=self.last_act())
        self._emit(
            "Closed", closed_on=closed_on, reason=reason, recorded_by=recorded_by
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
