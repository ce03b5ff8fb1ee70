"""GET /v1/cases/{id}: the case as the caller may see it (`view` full or shared).

The fields a reader may not see are `null` (or left out of the lists); which
ones is decided in `application/case_view.py`, not here.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import BaseModel, ConfigDict


class _View(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class PersonViewResponse(_View):
    person_id: UUID
    name: str
    name_kana: str | None
    birth_date: str | None
    address: str | None
    phone: str | None
    erased: bool


class ConsentViewResponse(_View):
    consent_id: UUID
    given_by: str
    relationship: str | None
    representative: str | None
    agencies: list[str]
    purposes: list[str]
    categories: list[str]
    valid_from: date
    valid_until: date
    withdrawn_on: date | None
    withdrawal_reason: str | None


class ReferralViewResponse(_View):
    referral_id: UUID
    from_agency: str
    to_agency: str
    status: str
    requested_on: date
    changed_on: date | None
    basis_consent_id: UUID
    reason: str
    note: str | None


class AgencyRoleViewResponse(_View):
    agency: str
    role: str | None


class RevisionViewResponse(_View):
    number: int
    stated_on: date
    review_on: date
    approved_on: date | None
    meeting_id: UUID | None
    goals: list[str] | None
    roles: list[AgencyRoleViewResponse]
    direction: str | None


class PlanViewResponse(_View):
    plan_id: UUID
    project: str
    created_on: date
    ended_on: date | None
    revisions: list[RevisionViewResponse]


class ActivityViewResponse(_View):
    activity_id: UUID
    kind: str
    project: str
    agency: str
    occurred_on: date
    note: str | None


class CaseResponse(_View):
    case_id: UUID
    version: int
    view: str
    visible_categories: list[str]
    intake_agency: str
    fields: list[str]
    issues: list[str]
    projects: list[str]
    route: str
    opened_on: date
    household_id: UUID | None
    closed_on: date | None
    person: PersonViewResponse | None
    summary: str | None
    consents: list[ConsentViewResponse]
    referrals: list[ReferralViewResponse]
    plans: list[PlanViewResponse]
    activities: list[ActivityViewResponse]
    disclosure_ids: list[UUID]
