"""The shapes of what one reader sees of a case (built in `case_reading.py`).

The owning agency (and its supervisors) see the whole case. Another agency
reading on a consent or an accepted referral sees the case's structure
(intake facts, dates, statuses, the scope of consents) and, of its personal
data, only:

- the person's identity and contact data, if the consent covers `basic`;
- the fields and issue codes whose categories its basis covers (an issue
  code such as `debt` reveals finance; one not classified is never shared);
- the free text addressed to it or written by it: referrals to or from it,
  its own activities, and the plans in which it has a role.

Free text (the intake summary, notes, reasons) is not classified by category,
so it may hold health or finance facts: it is never shared beyond that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from application.cases.cycle_view import AssessmentView, DecisionView, FollowUpView
from application.meetings.minutes import BasisView


@dataclass(frozen=True)
class PersonView:
    """The person's identity and contact data (本人情報), as decrypted."""

    person_id: UUID
    name: str
    name_kana: str | None
    birth_date: str | None
    address: str | None
    phone: str | None
    erased: bool


@dataclass(frozen=True)
class ConsentView:
    """A consent's scope; who represented the person, to the owner only."""

    consent_id: UUID
    given_by: str
    relationship: str | None
    representative: str | None
    agencies: tuple[str, ...]
    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    valid_from: date
    valid_until: date
    withdrawn_on: date | None
    withdrawal_reason: str | None
    standing: str | None = None  # who gave it (`Standing`), to the owner only
    age_band: str | None = None  # the person's age band then, to the owner only


@dataclass(frozen=True)
class ReferralView:
    """A referral (つなぎ) and its step so far."""

    referral_id: UUID
    from_agency: str
    to_agency: str
    status: str
    requested_on: date
    changed_on: date | None
    basis_consent_id: UUID | None  # kept for clients of the first version
    basis: BasisView
    categories: tuple[str, ...]
    reason: str
    note: str | None


@dataclass(frozen=True)
class AgencyRoleView:
    """One agency's role in a plan; the text hidden from non-members."""

    agency: str
    role: str | None


@dataclass(frozen=True)
class RevisionView:
    """One revision of a support plan; texts hidden from non-members."""

    number: int
    stated_on: date
    review_on: date
    approved_on: date | None
    meeting_id: UUID | None
    agreed_on: date | None  # the person's agreement (本人同意)
    agreed_how: str | None
    goals: tuple[str, ...] | None
    roles: tuple[AgencyRoleView, ...]
    direction: str | None


@dataclass(frozen=True)
class PlanView:
    """A support plan (支援プラン) and its revisions; voided ones are kept."""

    plan_id: UUID
    project: str
    created_on: date
    ended_on: date | None
    revisions: tuple[RevisionView, ...]
    agency: str | None
    voided_on: date | None
    follow_up: FollowUpView


@dataclass(frozen=True)
class ActivityView:
    """An activity (活動記録) of one agency."""

    activity_id: UUID
    kind: str
    project: str
    agency: str
    occurred_on: date
    note: str | None
    basis: BasisView | None
    replaces: UUID | None
    voided_on: date | None
    about_person_id: UUID | None = None  # whose key seals the note


@dataclass(frozen=True)
class CaseView:
    """A case as one reader may see it; `view` is `full` or `shared`."""

    case_id: UUID
    version: int
    view: str
    visible_categories: tuple[str, ...]
    intake_agency: str
    agency: str  # the agency holding the case (移管 moves it)
    worker: str  # its assigned worker's user id; "" while unassigned
    fields: tuple[str, ...]
    issues: tuple[str, ...]
    projects: tuple[str, ...]
    route: str
    opened_on: date
    household_id: UUID | None
    closed_on: date | None
    closure_reason: str | None
    support_decision: DecisionView | None
    person: PersonView | None
    summary: str | None
    consents: tuple[ConsentView, ...]
    referrals: tuple[ReferralView, ...]
    assessments: tuple[AssessmentView, ...]
    plans: tuple[PlanView, ...]
    activities: tuple[ActivityView, ...]
    disclosure_ids: tuple[UUID, ...]
