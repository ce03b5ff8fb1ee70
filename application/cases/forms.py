"""Plain inputs of the ledger's commands, free of any web framework.

Text here is plaintext as typed; the ledger wraps personal parts in
`Personal` under the right subject before anything is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.profile import UNRECORDED, Profile


@dataclass(frozen=True, repr=False)
class PersonForm:
    """Identity and contact data of the person, as typed at intake."""

    name: str
    name_kana: str | None = None
    birth_date: date | None = None
    address: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class HouseholdChoice:
    """At intake: join the household `household_id`, or form a new one (None).

    `relationship` is the person's 続柄 in it (`Relationship`).
    """

    relationship: str
    household_id: UUID | None = None


@dataclass(frozen=True, repr=False)
class IntakeForm:
    """What a window records at intake (相談受付).

    The person is a new one (`person`) or one already held (`person_id`).
    A new person matching someone held is refused unless `confirm_new_person`.
    """

    intake_agency: str
    fields: tuple[str, ...]
    issues: tuple[str, ...]
    projects: tuple[str, ...]
    route: str
    opened_on: date
    person: PersonForm | None
    summary: str
    household: HouseholdChoice | None = None
    person_id: UUID | None = None
    confirm_new_person: bool = False
    profile: Profile = UNRECORDED  # the age band: from a birth date when known


@dataclass(frozen=True, repr=False)
class ConsentForm:
    """The terms of a consent (同意) as the person or representative gave it."""

    given_by: str
    agencies: tuple[str, ...]
    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    valid_from: date
    valid_until: date
    representative: str | None = None
    relationship: str | None = None
    standing: str | None = None  # `Standing`; None: 本人 when given by the person


@dataclass(frozen=True)
class OpenedCase:
    """Ids and version of a newly opened case."""

    case_id: UUID
    person_id: UUID
    version: int


@dataclass(frozen=True)
class RequestedReferral:
    """A new referral and the basis it rests on (the consent's id, if one)."""

    referral_id: UUID
    basis: Basis
    version: int

    @property
    def consent_id(self) -> UUID | None:
        return self.basis.consent_id


@dataclass(frozen=True, repr=False)
class PlanForm:
    """A full statement of a support plan (支援プラン), as typed.

    `roles` pairs an agency code with its role (役割分担) in free text.
    """

    goals: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]
    direction: str
    review_on: date


@dataclass(frozen=True, repr=False)
class ActivityForm:
    """An activity (活動記録) of an agency for a case, as recorded."""

    kind: str
    project: str
    agency: str
    occurred_on: date
    note: str | None = None
    about_person_id: UUID | None = None  # a member of the case's household


@dataclass(frozen=True, repr=False)
class BasisForm:
    """A basis as the caller names it: a consent, a 支援会議, or a statute.

    None of the ids: the ledger finds the consent that covers the act.
    """

    kind: str = "consent"
    consent_id: UUID | None = None
    meeting_id: UUID | None = None
    statute: str | None = None
    reason: str | None = None


@dataclass(frozen=True, repr=False)
class ReferralForm:
    """A referral (つなぎ) as requested: to whom, why, when, on what basis."""

    to_agency: str
    reason: str
    requested_on: date
    basis: BasisForm | None = None
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, repr=False)
class FindingForm:
    """One area of an assessment as typed: its ticked choices and words."""

    area: str
    choices: tuple[str, ...] = ()
    note: str | None = None
    about_person_id: UUID | None = None  # a member of the case's household


@dataclass(frozen=True, repr=False)
class GoalForm:
    """One goal at a monitoring: its number, progress, changes, next steps."""

    goal: int
    progress: str
    changes: str | None = None
    next_steps: str | None = None
