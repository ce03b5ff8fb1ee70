"""What the demo plans before it records anything: cases and what happens to them.

Cases are planned with local keys; the ids the ledger gives them are filled
in as the plan is carried out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import TypeVar
from uuid import UUID

from application.cases.forms import ActivityForm, PersonForm

T = TypeVar("T")


def need(value: T | None) -> T:
    """A value an earlier act made; missing only if the acts ran out of order."""
    if value is None:
        raise RuntimeError("the demo's acts ran out of order")
    return value


@dataclass
class ConsentPlan:
    """A consent (同意) given at or after intake, perhaps withdrawn later."""

    agencies: tuple[str, ...]
    given_on: date
    categories: tuple[str, ...] = ("basic", "health", "family")
    withdrawn_on: date | None = None
    consent_id: UUID | None = None


@dataclass
class ReferralPlan:
    """A referral (つなぎ) and the steps of its closed loop, dated."""

    to_agency: str
    requested_on: date
    steps: list[tuple[str, date]] = field(default_factory=list)
    referral_id: UUID | None = None


@dataclass
class SupportPlanPlan:
    """A support plan (支援プラン) under a new 事業, and its revisions' dates."""

    project: str
    created_on: date
    revised_on: list[date] = field(default_factory=list)
    approved: set[int] = field(default_factory=set)
    plan_id: UUID | None = None


@dataclass
class TransferPlan:
    """A case handed to another agency (移管), which then names its worker."""

    to_agency: str
    on: date


@dataclass
class DemoCase:
    """One planned case: intake, then consent, referral, plans, activities."""

    key: int
    archetype: str
    agency: str
    fields: tuple[str, ...]
    issues: tuple[str, ...]
    projects: tuple[str, ...]
    route: str
    opened_on: date
    person: PersonForm
    summary: str
    household: UUID | None = None
    closes_on: date | None = None
    reopens_on: date | None = None
    consent: ConsentPlan | None = None
    referral: ReferralPlan | None = None
    plans: list[SupportPlanPlan] = field(default_factory=list)
    activities: dict[int, list[ActivityForm]] = field(default_factory=dict)
    transfer: TransferPlan | None = None
    case_id: UUID | None = None
    assessment_id: UUID | None = None  # the case's assessment, once made
    decided: bool = False  # the city's support decision (支援決定) recorded

    @property
    def last_day(self) -> date:
        """The last day anything may be recorded on the case (its closure)."""
        return self.closes_on or date.max

    def is_open_on(self, day: date) -> bool:
        return self.opened_on <= day <= self.last_day

    def consent_covers_all(self, agencies: set[str], day: date) -> bool:
        return all(self.consent_covers(agency, day) for agency in agencies)

    def consent_covers(self, agency: str, day: date) -> bool:
        consent = self.consent
        return (
            consent is not None
            and agency in consent.agencies
            and consent.given_on <= day
            and (consent.withdrawn_on is None or day < consent.withdrawn_on)
        )


@dataclass
class MeetingPlan:
    """A meeting: kind, day, members, cases, and what it discloses and approves."""

    kind: str
    held_on: date
    convened_by: str
    agencies: tuple[str, ...]
    cases: list[DemoCase]
    # (case, disclosed by, recipients, categories)
    disclosures: list[tuple[DemoCase, str, tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=list
    )
    approvals: list[tuple[DemoCase, SupportPlanPlan, int]] = field(default_factory=list)


class Step(IntEnum):
    """The order of a day's work: acts of one day run in this order."""

    REGISTRY, INTAKE, CONSENT, REFERRAL, STEP, ASSESS, DECIDE = range(7)
    REVIEW, PLAN, AGREE, WORK, RECORDS, MEETING = range(7, 13)
    WITHDRAWAL, TRANSFER, END_PLANS, CLOSURE, REOPENING = range(13, 18)


@dataclass(order=True)
class Act:
    """One command on one business day; `events` is what it roughly records."""

    on: date
    priority: int
    seq: int
    run: Callable[[], object] = field(compare=False)
    events: int = field(compare=False, default=1)
