"""The caseload read model's rows and its port (担当ケース数).

Rows keep ids, codes and dates only: never a name, a summary or a reason.
The rules that fill them, and the statuses a case may be in, are in
`caseloads.py`; the SQL behind the port in `caseloads_sql.py`.
"""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from datetime import date

from eventsourcing.persistence import Tracking

from projections.caseload_lists import ReferralTie, StaffRow
from projections.tracked_view import BatchingView


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
    def evaluate_plan(
        self,
        case_id: str,
        plan_id: str,
        evaluated_on: date,
        review_on: date | None,
        t: Tracking,
    ) -> None:
        """An evaluation on `evaluated_on`; `review_on`: the next one, if moved."""

    @abstractmethod
    def set_stage(self, case_id: str, stage: str | None, t: Tracking) -> None:
        """Mark the case's row for a status rule (`caseloads.STATUS_RULES`)."""

    @abstractmethod
    def counts(self, agency: str | None = None) -> list[CaseloadCount]: ...

    @abstractmethod
    def status_counts(self, agency: str | None = None) -> dict[str, int]: ...

    @abstractmethod
    def plans_due(self, by: date, agency: str | None = None) -> list[PlanDue]: ...

    @abstractmethod
    def open_by_agency(self) -> dict[str, int]: ...
