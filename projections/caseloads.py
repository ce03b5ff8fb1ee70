"""Caseloads (担当ケース数): open cases by agency, worker, field and status.

Keeps ids, codes and dates only: never a name, a summary or a reason. The
worker is the pseudonymous user id that recorded the intake.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventsourcing.dispatch import singledispatchmethod
from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.case import Case
from domain.case_referrals import CaseReferrals
from domain.user import User
from projections.caseload_lists import ReferralTie, StaffRow
from projections.topics import topics_of
from projections.tracked_view import BatchingView

# Open cases fall in one of these stages; a closed case is `closed`.
INTAKE = "intake"  # 受付・アセスメント中
REFERRAL_PENDING = "referral_pending"  # つなぎ中
UNDER_PLAN = "under_plan"  # プランによる支援中
CLOSED = "closed"  # 終結


@dataclass(frozen=True)
class CaseloadRow:
    """One case as the caseload sees it (支援ケース), without personal data."""

    case_id: str
    agency: str
    worker: str
    fields: tuple[str, ...]
    opened_on: date
    closed_on: date | None = None
    pending_referrals: int = 0
    active_plans: int = 0
    person_id: str | None = None  # a pseudonymous id: to find the case by name

    @property
    def status(self) -> str:
        if self.closed_on is not None:
            return CLOSED
        if self.active_plans:
            return UNDER_PLAN
        return REFERRAL_PENDING if self.pending_referrals else INTAKE


@dataclass(frozen=True)
class CaseloadCount:
    """How many cases one worker of one agency holds, by field and status."""

    agency: str
    worker: str
    field: str
    status: str
    cases: int
    worker_name: str | None = None  # never stored: the report looks it up


@dataclass(frozen=True)
class PlanDue:
    """A support plan whose review date (見直し) has come or comes soon."""

    case_id: str
    plan_id: str
    project: str
    agency: str
    worker: str
    revision: int
    review_on: date
    worker_name: str | None = None  # never stored: the report looks it up


class CaseloadsView(BatchingView):
    """Port of the caseload read model; every write takes its tracking."""

    @abstractmethod
    def open_case(self, row: CaseloadRow, tracking: Tracking) -> None: ...

    @abstractmethod
    def set_closed(
        self, case_id: str, closed_on: date | None, tracking: Tracking
    ) -> None: ...

    @abstractmethod
    def put_referral(
        self, case_id: str, referral_id: str, status: str, on: date, tracking: Tracking
    ) -> None: ...

    @abstractmethod
    def request_referral(self, referral: ReferralTie, tracking: Tracking) -> None: ...

    @abstractmethod
    def tie(self, case_id: str, agencies: tuple[str, ...], t: Tracking) -> None: ...

    @abstractmethod
    def transfer(
        self, case_id: str, from_agency: str, to_agency: str, t: Tracking
    ) -> None: ...

    @abstractmethod
    def assign_worker(self, case_id: str, worker: str, t: Tracking) -> None: ...

    @abstractmethod
    def put_staff(self, member: StaffRow, tracking: Tracking) -> None: ...

    @abstractmethod
    def end_staff(self, user_id: str, on: date, tracking: Tracking) -> None: ...

    @abstractmethod
    def add_plan(
        self, case_id: str, plan_id: str, project: str, review_on: date, t: Tracking
    ) -> None: ...

    @abstractmethod
    def revise_plan(
        self, case_id: str, plan_id: str, revision: int, review_on: date, t: Tracking
    ) -> None: ...

    @abstractmethod
    def end_plan(self, case_id: str, plan_id: str, tracking: Tracking) -> None: ...

    @abstractmethod
    def counts(self, agency: str | None = None) -> list[CaseloadCount]: ...

    @abstractmethod
    def plans_due(self, by: date, agency: str | None = None) -> list[PlanDue]: ...

    @abstractmethod
    def open_by_agency(self) -> dict[str, int]: ...


class CaseloadsProjection(Projection[CaseloadsView]):
    name = "caseloads"
    # 2: a voided plan (PlanVoided) ends like an ended one
    # 3: person ids, ties (consents, referrals), referral parties, staff: lists;
    #    a transfer (移管) moves the case to its new holder, a worker is assigned
    version = 3  # bump on any change of handlers or tables: docs/projections.md
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
