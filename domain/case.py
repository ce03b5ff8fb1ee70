"""The support case (支援ケース): intake, consents, referrals, plans, closure."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.activity import Activity
from domain.case_plans import CasePlans
from domain.case_rules import CaseRules
from domain.consent import Consent, Purpose
from domain.errors import (
    CaseNotClosedError,
    ConsentAlreadyWithdrawnError,
    ConsentRequiredError,
    SelfReferralError,
)
from domain.intake import Intake
from domain.personal import Personal
from domain.referral import Referral, ReferralStatus
from domain.support_plan import PlanStatement, SupportPlan


class Case(CaseRules, CasePlans, Aggregate):
    """A support case (支援ケース) about one person, from intake to closure."""

    class Opened(Aggregate.Created):
        """The case was opened at a window (相談受付)."""

        intake: Intake
        summary: Personal
        recorded_by: str

    class ConsentGranted(Aggregate.Event):
        """The person or a representative gave consent (同意取得)."""

        consent: Consent
        recorded_by: str

    class ConsentWithdrawn(Aggregate.Event):
        """A consent was withdrawn (同意撤回) from `withdrawn_on` onwards."""

        consent_id: UUID
        withdrawn_on: date
        reason: Personal | None
        recorded_by: str

    class ReferralRequested(Aggregate.Event):
        """One agency asked another to take the case on (つなぎ依頼)."""

        referral: Referral
        recorded_by: str

    class ReferralStepped(Aggregate.Event):
        """A referral took a step of its closed loop (never emitted itself)."""

        referral_id: UUID
        on: date
        note: Personal | None
        recorded_by: str

    class ReferralAccepted(ReferralStepped):
        """The receiving agency accepted the referral (受諾)."""

    class ReferralDeclined(ReferralStepped):
        """The receiving agency declined the referral (辞退), with a reason."""

    class ReferralCompleted(ReferralStepped):
        """The receiving agency completed the referral (完了), with an outcome."""

    class ReferralCancelled(ReferralStepped):
        """The sending agency cancelled the referral (取消), with a reason."""

    class Closed(Aggregate.Event):
        """The case was closed (終結)."""

        closed_on: date
        reason: Personal | None
        recorded_by: str

    class Reopened(Aggregate.Event):
        """A closed case was reopened (再開)."""

        reopened_on: date
        reason: Personal | None
        recorded_by: str

    class PlanCreated(Aggregate.Event):
        """A support plan (支援プラン) was made under a 事業, as revision 1."""

        plan_id: UUID
        project: str
        statement: PlanStatement
        created_on: date
        recorded_by: str

    class PlanRevised(Aggregate.Event):
        """The plan was revised (改訂); `statement` is the whole plan, not a diff."""

        plan_id: UUID
        revision: int
        statement: PlanStatement
        revised_on: date
        recorded_by: str

    class PlanApproved(Aggregate.Event):
        """A meeting approved one revision of the plan (承認)."""

        plan_id: UUID
        revision: int
        meeting_id: UUID
        approved_on: date
        recorded_by: str

    class PlanEnded(Aggregate.Event):
        """The support plan ended (終了), with a reason."""

        plan_id: UUID
        ended_on: date
        reason: Personal
        recorded_by: str

    class ActivityRecorded(Aggregate.Event):
        """An agency's activity for the case was recorded (活動記録)."""

        activity_id: UUID
        kind: str
        project: str
        agency: str
        occurred_on: date
        note: Personal | None
        recorded_by: str

    class DisclosedAtMeeting(Aggregate.Event):
        """The case's information was disclosed at a meeting (会議での情報提供).

        Recorded on the case as well as the meeting, in one transaction, so a
        consent withdrawal saved meanwhile makes the disclosure retry and see it.
        """

        meeting_id: UUID
        disclosure_id: UUID
        recipients: tuple[str, ...]
        categories: tuple[str, ...]
        basis: str
        consent_ids: dict[str, UUID]
        on: date
        recorded_by: str

    @event(Opened)
    def __init__(
        self,
        id: UUID,
        intake: Intake,
        summary: Personal,
        recorded_by: str,
    ) -> None:
        self.intake = intake
        self.summary = summary
        self.consents: dict[str, Consent] = {}
        self.referrals: dict[str, Referral] = {}
        self.plans: dict[str, SupportPlan] = {}
        self.activities: dict[str, Activity] = {}
        self.disclosures: dict[str, UUID] = {}
        self.closed_on: date | None = None

    @classmethod
    def open(
        cls, case_id: UUID, intake: Intake, summary: Personal, recorded_by: str
    ) -> Case:
        intake.check()
        return cls(id=case_id, intake=intake, summary=summary, recorded_by=recorded_by)

    # --- consents ------------------------------------------------------------

    def grant_consent(self, consent: Consent, recorded_by: str) -> None:
        self._check_open()
        consent.check()
        self._consent_granted(consent=consent, recorded_by=recorded_by)

    @event(ConsentGranted)
    def _consent_granted(self, consent: Consent, recorded_by: str) -> None:
        self.consents[str(consent.consent_id)] = consent

    def withdraw_consent(
        self,
        consent_id: UUID,
        withdrawn_on: date,
        reason: Personal | None,
        recorded_by: str,
    ) -> None:
        self._check_open()
        if self.consent(consent_id).withdrawn_on is not None:
            raise ConsentAlreadyWithdrawnError(str(consent_id))
        self._consent_withdrawn(
            consent_id=consent_id,
            withdrawn_on=withdrawn_on,
            reason=reason,
            recorded_by=recorded_by,
        )

    @event(ConsentWithdrawn)
    def _consent_withdrawn(
        self,
        consent_id: UUID,
        withdrawn_on: date,
        reason: Personal | None,
        recorded_by: str,
    ) -> None:
        key = str(consent_id)
        self.consents[key] = self.consents[key].withdrawn(withdrawn_on, reason)

    # --- referrals -----------------------------------------------------------

    def request_referral(
        self,
        *,
        referral_id: UUID,
        from_agency: str,
        to_agency: str,
        reason: Personal,
        requested_on: date,
        recorded_by: str,
    ) -> UUID:
        """Ask another agency to take the case on; returns the consent relied on."""
        self._check_open()
        if from_agency == to_agency:
            raise SelfReferralError(from_agency)
        basis = self.covering_consent(to_agency, Purpose.REFERRAL, requested_on)
        if basis is None:
            raise ConsentRequiredError(
                f"no consent covers a referral to {to_agency} on {requested_on}"
            )
        referral = Referral(
            referral_id=referral_id,
            from_agency=from_agency,
            to_agency=to_agency,
            reason=reason,
            requested_on=requested_on,
            basis_consent_id=basis.consent_id,
        )
        self._referral_requested(referral=referral, recorded_by=recorded_by)
        return basis.consent_id

    @event(ReferralRequested)
    def _referral_requested(self, referral: Referral, recorded_by: str) -> None:
        self.referrals[str(referral.referral_id)] = referral

    def move_referral(
        self,
        *,
        referral_id: UUID,
        status: ReferralStatus,
        agency: str,
        on: date,
        note: Personal | None,
        recorded_by: str,
    ) -> None:
        """Take one step of the closed loop, as the agency allowed to take it."""
        self._check_open()
        self.referral(referral_id).check_step(status, agency)
        appliers = {
            ReferralStatus.ACCEPTED: self._referral_accepted,
            ReferralStatus.DECLINED: self._referral_declined,
            ReferralStatus.COMPLETED: self._referral_completed,
            ReferralStatus.CANCELLED: self._referral_cancelled,
        }
        appliers[status](
            referral_id=referral_id, on=on, note=note, recorded_by=recorded_by
        )

    @event(ReferralAccepted)
    def _referral_accepted(
        self, referral_id: UUID, on: date, note: Personal | None, recorded_by: str
    ) -> None:
        self._move(referral_id, ReferralStatus.ACCEPTED, on, note)

    @event(ReferralDeclined)
    def _referral_declined(
        self, referral_id: UUID, on: date, note: Personal | None, recorded_by: str
    ) -> None:
        self._move(referral_id, ReferralStatus.DECLINED, on, note)

    @event(ReferralCompleted)
    def _referral_completed(
        self, referral_id: UUID, on: date, note: Personal | None, recorded_by: str
    ) -> None:
        self._move(referral_id, ReferralStatus.COMPLETED, on, note)

    @event(ReferralCancelled)
    def _referral_cancelled(
        self, referral_id: UUID, on: date, note: Personal | None, recorded_by: str
    ) -> None:
        self._move(referral_id, ReferralStatus.CANCELLED, on, note)

    # --- support plans and activities ----------------------------------------

    def create_plan(
        self,
        *,
        plan_id: UUID,
        project: str,
        statement: PlanStatement,
        created_on: date,
        recorded_by: str,
    ) -> None:
        self._check_open()
        self.check_new_plan(plan_id, project, statement, created_on)
        self._plan_created(plan_id, project, statement, created_on, recorded_by)

    @event(PlanCreated)
    def _plan_created(
        self,
        plan_id: UUID,
        project: str,
        statement: PlanStatement,
        created_on: date,
        recorded_by: str,
    ) -> None:
        self._put(SupportPlan.created(plan_id, project, statement, created_on))

    def revise_plan(
        self,
        *,
        plan_id: UUID,
        statement: PlanStatement,
        revised_on: date,
        recorded_by: str,
        expected_revision: int | None = None,
    ) -> int:
        """Record the next revision; `expected_revision` is the one edited."""
        self._check_open()
        plan = self.plan(plan_id)
        number = plan.check_revision(statement, revised_on, expected_revision)
        self._plan_revised(plan_id, number, statement, revised_on, recorded_by)
        return number

    @event(PlanRevised)
    def _plan_revised(
        self,
        plan_id: UUID,
        revision: int,
        statement: PlanStatement,
        revised_on: date,
        recorded_by: str,
    ) -> None:
        self._put(self.plans[str(plan_id)].revised(revision, statement, revised_on))

    def approve_plan(
        self,
        *,
        plan_id: UUID,
        revision: int,
        meeting_id: UUID,
        approved_on: date,
        recorded_by: str,
    ) -> None:
        self._check_open()
        self.plan(plan_id).check_approval(revision, approved_on)
        self._plan_approved(plan_id, revision, meeting_id, approved_on, recorded_by)

    @event(PlanApproved)
    def _plan_approved(
        self,
        plan_id: UUID,
        revision: int,
        meeting_id: UUID,
        approved_on: date,
        recorded_by: str,
    ) -> None:
        self._put(self.plans[str(plan_id)].approved(revision, meeting_id, approved_on))

    def end_plan(
        self, plan_id: UUID, ended_on: date, reason: Personal, recorded_by: str
    ) -> None:
        self._check_open()
        self.plan(plan_id).check_end(ended_on)
        self._plan_ended(plan_id, ended_on, reason, recorded_by)

    @event(PlanEnded)
    def _plan_ended(
        self, plan_id: UUID, ended_on: date, reason: Personal, recorded_by: str
    ) -> None:
        self._put(self.plans[str(plan_id)].ended(ended_on, reason))

    def record_activity(self, activity: Activity, recorded_by: str) -> None:
        self._check_open()
        self.check_new_activity(activity)
        # The event's fields are the activity's, plus who recorded it.
        self._activity_recorded(**vars(activity), recorded_by=recorded_by)

    @event(ActivityRecorded)
    def _activity_recorded(
        self,
        *,
        activity_id: UUID,
        kind: str,
        project: str,
        agency: str,
        occurred_on: date,
        note: Personal | None,
        recorded_by: str,
    ) -> None:
        self.activities[str(activity_id)] = Activity(
            activity_id, kind, project, agency, occurred_on, note
        )

    # --- disclosures at meetings ----------------------------------------------

    def note_disclosure(
        self,
        *,
        meeting_id: UUID,
        disclosure_id: UUID,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        basis: str,
        consent_ids: dict[str, UUID],
        on: date,
        recorded_by: str,
    ) -> None:
        """Keep on the case what a meeting disclosed of it, and on what basis."""
        self._check_open()
        self._disclosed_at_meeting(
            meeting_id=meeting_id,
            disclosure_id=disclosure_id,
            recipients=tuple(recipients),
            categories=tuple(categories),
            basis=basis,
            consent_ids=consent_ids,
            on=on,
            recorded_by=recorded_by,
        )

    @event(DisclosedAtMeeting)
    def _disclosed_at_meeting(
        self,
        *,
        meeting_id: UUID,
        disclosure_id: UUID,
        recipients: tuple[str, ...],
        categories: tuple[str, ...],
        basis: str,
        consent_ids: dict[str, UUID],
        on: date,
        recorded_by: str,
    ) -> None:
        self.disclosures[str(disclosure_id)] = meeting_id

    # --- closure -------------------------------------------------------------

    def close(self, closed_on: date, reason: Personal | None, recorded_by: str) -> None:
        self._check_open()
        self._closed(closed_on=closed_on, reason=reason, recorded_by=recorded_by)

    @event(Closed)
    def _closed(
        self, closed_on: date, reason: Personal | None, recorded_by: str
    ) -> None:
        self.closed_on = closed_on

    def reopen(
        self, reopened_on: date, reason: Personal | None, recorded_by: str
    ) -> None:
        if self.closed_on is None:
            raise CaseNotClosedError(str(self.id))
        self._reopened(reopened_on=reopened_on, reason=reason, recorded_by=recorded_by)

    @event(Reopened)
    def _reopened(
        self, reopened_on: date, reason: Personal | None, recorded_by: str
    ) -> None:
        self.closed_on = None
