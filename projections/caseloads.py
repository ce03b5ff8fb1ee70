"""Caseloads (担当ケース数): open cases by agency, worker, field and status.

The rules of the read model in one place: which events it follows, what each
does to a case's row (`caseload_view.py`), and the statuses a case may be in,
each with its Japanese label and the condition on the row that gives it. The
SQL (`caseloads_sql.py`) asks `status_sql()` and never lists a status itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from eventsourcing.dispatch import singledispatchmethod
from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.case import Case
from domain.case_referrals import CaseReferrals
from domain.catalogue.support_cycle import Outcome
from domain.user import User
from projections.caseload_lists import ReferralTie, StaffRow
from projections.caseload_view import CaseloadRow, CaseloadsView
from projections.topics import topics_of


class CaseStatus(StrEnum):
    """Where an open case stands (段階); a closed case is `closed`."""

    INTAKE = "intake"
    REFERRAL_PENDING = "referral_pending"
    UNDER_PLAN = "under_plan"
    CLOSED = "closed"

    @property
    def label_ja(self) -> str:
        return STATUS_LABELS_JA[self]


STATUS_LABELS_JA: Mapping[CaseStatus, str] = MappingProxyType(
    {
        CaseStatus.INTAKE: "受付・アセスメント中",
        CaseStatus.REFERRAL_PENDING: "つなぎ中",
        CaseStatus.UNDER_PLAN: "プラン支援中",
        CaseStatus.CLOSED: "終結",
    }
)

# The first condition a case's row meets gives its status; none: INTAKE.
# Columns of `caseload_cases`; `stage` is a marker an act may set
# (`CaseloadsView.set_stage`), so a new status needs a rule here and nothing
# in the SQL.
STATUS_RULES: tuple[tuple[CaseStatus, str], ...] = (
    (CaseStatus.CLOSED, "closed_on IS NOT NULL"),
    (CaseStatus.UNDER_PLAN, "active_plans > 0"),
    (CaseStatus.REFERRAL_PENDING, "pending_referrals > 0"),
)


def status_sql(alias: str = "c") -> str:
    """The statuses as one SQL `CASE` over the row `alias` of `caseload_cases`."""
    whens = " ".join(
        f"WHEN {alias}.{condition} THEN '{status.value}'"
        for status, condition in STATUS_RULES
    )
    return f"CASE {whens} ELSE '{CaseStatus.INTAKE.value}' END"


class CaseloadsProjection(Projection[CaseloadsView]):
    name = "caseloads"
    # 2: a voided plan (PlanVoided) ends like an ended one
    # 3: person ids, ties (consents, referrals), referral parties, staff: lists;
    #    a transfer (移管) moves the case to its new holder, a worker is assigned
    # 4: a plan's evaluation (評価) moves or clears its review; a `stage` column
    version = 4  # bump on any change of handlers or tables: docs/projections.md
    topics = topics_of(
        User.Registered,
        User.Deactivated,
        *(
            getattr(Case, name)
            for name in [
                "Opened",
                "ConsentGranted",
                "Transferred",
                "WorkerAssigned",
                "Closed",
                "Reopened",
                "ReferralRequested",
                "ReferralAccepted",
                "ReferralDeclined",
                "ReferralCompleted",
                "ReferralCancelled",
                "PlanCreated",
                "PlanRevised",
                "PlanEvaluated",
                "PlanEnded",
                "PlanVoided",
            ]
        ),
    )

    @singledispatchmethod
    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        self.view.insert_tracking(tracking)

    @process_event.register
    def _(self, domain_event: Case.Opened, tracking: Tracking) -> None:
        intake = domain_event.intake
        row = CaseloadRow(
            case_id=str(domain_event.originator_id),
            agency=intake.agency,
            worker=domain_event.recorded_by,
            fields=tuple(intake.fields),
            opened_on=intake.opened_on,
            person_id=str(intake.person_id),
        )
        self.view.open_case(row, tracking)

    @process_event.register
    def _(self, domain_event: Case.Closed | Case.Reopened, tracking: Tracking) -> None:
        closed_on = getattr(domain_event, "closed_on", None)  # None: reopened
        self.view.set_closed(str(domain_event.originator_id), closed_on, tracking)

    @process_event.register
    def _(self, domain_event: Case.ConsentGranted, tracking: Tracking) -> None:
        agencies = tuple(domain_event.consent.agencies)
        self.view.tie(str(domain_event.originator_id), agencies, tracking)

    @process_event.register
    def _(self, domain_event: Case.ReferralRequested, tracking: Tracking) -> None:
        self.view.request_referral(
            ReferralTie.of(str(domain_event.originator_id), domain_event.referral),
            tracking,
        )

    @process_event.register
    def _(self, domain_event: Case.Transferred, tracking: Tracking) -> None:
        case_id, event = str(domain_event.originator_id), domain_event
        self.view.transfer(case_id, event.from_agency, event.to_agency, tracking)

    @process_event.register
    def _(self, domain_event: Case.WorkerAssigned, tracking: Tracking) -> None:
        case_id = str(domain_event.originator_id)
        self.view.assign_worker(case_id, domain_event.worker, tracking)

    @process_event.register
    def _(self, domain_event: User.Registered, tracking: Tracking) -> None:
        self.view.put_staff(
            StaffRow(
                str(domain_event.originator_id),
                domain_event.agency,
                domain_event.role,
                domain_event.timestamp.date(),
            ),
            tracking,
        )

    @process_event.register
    def _(self, domain_event: User.Deactivated, tracking: Tracking) -> None:
        user_id = str(domain_event.originator_id)
        self.view.end_staff(user_id, domain_event.deactivated_on, tracking)

    @process_event.register
    def _(
        self, domain_event: CaseReferrals.ReferralStepped, tracking: Tracking
    ) -> None:
        # ReferralAccepted -> "accepted", the value ReferralStatus stores.
        status = type(domain_event).__name__.removeprefix("Referral").lower()
        self.view.put_referral(
            str(domain_event.originator_id),
            str(domain_event.referral_id),
            status,
            domain_event.on,
            tracking,
        )

    @process_event.register
    def _(self, domain_event: Case.PlanCreated, tracking: Tracking) -> None:
        self.view.add_plan(
            str(domain_event.originator_id),
            str(domain_event.plan_id),
            domain_event.project,
            domain_event.statement.review_on,
            tracking,
        )

    @process_event.register
    def _(self, domain_event: Case.PlanRevised, tracking: Tracking) -> None:
        self.view.revise_plan(
            str(domain_event.originator_id),
            str(domain_event.plan_id),
            domain_event.revision,
            domain_event.statement.review_on,
            tracking,
        )

    @process_event.register
    def _(self, domain_event: Case.PlanEnded | Case.PlanVoided, t: Tracking) -> None:
        # A voided plan no longer counts as support under a plan (R9).
        self.view.end_plan(
            str(domain_event.originator_id), str(domain_event.plan_id), t
        )

    @process_event.register
    def _(self, domain_event: Case.PlanEvaluated, tracking: Tracking) -> None:
        # Continuing moves the review date; any evaluation answers the one due.
        evaluation = domain_event.evaluation
        moved = (
            evaluation.next_review_on
            if evaluation.outcome == Outcome.CONTINUE
            else None
        )
        self.view.evaluate_plan(
            str(domain_event.originator_id),
            str(domain_event.plan_id),
            evaluation.evaluated_on,
            moved,
            tracking,
        )
