"""What the lists read from the caseloads: cases, referrals, staff (no names).

Ids, codes and dates only. `ties` are the agencies a case names in a consent
or a referral: the candidates a sharer's list is checked against (the policy
decides, on the case's facts, which of them it may see today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.referral import Referral


@dataclass(frozen=True)
class ReferralTie:
    """A referral as the inbox lists it: parties, status, dates."""

    case_id: str
    referral_id: str
    from_agency: str
    to_agency: str
    status: str
    requested_on: date
    changed_on: date

    @classmethod
    def of(cls, case_id: str, referral: Referral) -> ReferralTie:
        return cls(
            case_id,
            str(referral.referral_id),
            referral.from_agency,
            referral.to_agency,
            referral.status,
            referral.requested_on,
            referral.requested_on,
        )


@dataclass(frozen=True)
class StaffRow:
    """A user (利用者) without the name: the name stays in the `User` aggregate."""

    user_id: str
    agency: str
    role: str
    registered_on: date
    deactivated_on: date | None = None

    @property
    def active(self) -> bool:
        return self.deactivated_on is None


@dataclass(frozen=True)
class ListedCase:
    """One case of a list, before the access policy has judged it."""

    case_id: str
    agency: str
    worker: str
    person_id: str | None
    fields: tuple[str, ...]
    status: str
    opened_on: date
    closed_on: date | None
    review_on: date | None  # the earliest review date of its live plans


@dataclass(frozen=True)
class CaseFilter:
    """The filters of `GET /v1/cases`, as the read model can apply them."""

    reader: str  # the caller's agency: its own cases and those that name it
    agency: str | None = None
    worker: str | None = None
    status: str | None = None
    field: str | None = None
    review_before: date | None = None
    person: str | None = None  # a person's id: their cases (GET /v1/persons/{id})
