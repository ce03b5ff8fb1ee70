"""Plain inputs of the ledger's commands, free of any web framework.

Text here is plaintext as typed; the ledger wraps personal parts in
`Personal` under the right subject before anything is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID


@dataclass(frozen=True, repr=False)
class PersonForm:
    """Identity and contact data of the person, as typed at intake."""

    name: str
    name_kana: str | None = None
    birth_date: date | None = None
    address: str | None = None
    phone: str | None = None


@dataclass(frozen=True, repr=False)
class IntakeForm:
    """What a window records at intake (相談受付)."""

    intake_agency: str
    fields: tuple[str, ...]
    issues: tuple[str, ...]
    projects: tuple[str, ...]
    route: str
    opened_on: date
    person: PersonForm
    summary: str
    household_id: UUID | None = None


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


@dataclass(frozen=True)
class OpenedCase:
    """Ids and version of a newly opened case."""

    case_id: UUID
    person_id: UUID
    version: int


@dataclass(frozen=True)
class RequestedReferral:
    """A new referral and the consent it relied on."""

    referral_id: UUID
    consent_id: UUID
    version: int


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
