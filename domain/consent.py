"""Consent (同意) to share a person's information, as a value inside a case."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from uuid import UUID

from domain.errors import InvalidConsentError
from domain.personal import Personal


class Purpose(StrEnum):
    """A purpose a consent may cover (同意の目的)."""

    INFORMATION_SHARING = "information_sharing"  # 情報共有
    REFERRAL = "referral"  # つなぎ
    COORDINATED_SUPPORT_MEETING = "coordinated_support_meeting"  # 重層的支援会議


class GivenBy(StrEnum):
    """Who gave the consent: the person (本人) or a representative (代理人)."""

    PERSON = "person"
    REPRESENTATIVE = "representative"


@dataclass(frozen=True)
class Consent:
    """A consent (同意) as granted, and its withdrawal (撤回) if any.

    A withdrawal works forward from `withdrawn_on`: acts dated before it keep
    the basis they had, which is why validity is always asked for a date.
    """

    consent_id: UUID
    given_by: str
    representative: Personal | None
    relationship: str | None
    agencies: tuple[str, ...]
    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    valid_from: date
    valid_until: date
    withdrawn_on: date | None = None
    withdrawal_reason: Personal | None = None

    def is_valid_on(self, day: date) -> bool:
        if not self.valid_from <= day <= self.valid_until:
            return False
        return self.withdrawn_on is None or day < self.withdrawn_on

    def covers(self, agency: str, purpose: Purpose, day: date) -> bool:
        return (
            agency in self.agencies
            and purpose.value in self.purposes
            and self.is_valid_on(day)
        )

    def withdrawn(self, withdrawn_on: date, reason: Personal | None) -> Consent:
        return replace(self, withdrawn_on=withdrawn_on, withdrawal_reason=reason)

    def check(self) -> None:
        """Refuse a consent whose giver, scope or period does not make sense."""
        if self.given_by not in set(GivenBy):
            raise InvalidConsentError(f"given_by must be one of {sorted(GivenBy)}")
        if self.given_by == GivenBy.REPRESENTATIVE and (
            self.representative is None or not self.relationship
        ):
            raise InvalidConsentError("a representative needs a name and relationship")
        if not (self.agencies and self.purposes and self.categories):
            raise InvalidConsentError("agencies, purposes and categories are required")
        unknown = set(self.purposes) - set(Purpose)
        if unknown:
            raise InvalidConsentError(f"unknown purposes: {sorted(unknown)}")
        if self.valid_until < self.valid_from:
            raise InvalidConsentError("valid_until is before valid_from")
