"""Consent (同意) to share a person's information, as a value inside a case."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

from domain.catalogue.categories import unknown_categories
from domain.catalogue.consent_givers import AgeBand, Standing
from domain.catalogue.fiscal_year import TOKYO
from domain.consent_giver import check_giver
from domain.errors import InvalidConsentError, UnknownCategoryError
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

    Two clocks judge it (docs/lawful-basis.md, R2): an act needs the consent
    valid on the act's business date (`is_valid_on`) AND still in force when
    the act is recorded (`in_force_on`): once a withdrawal is recorded,
    nothing recorded after it rests on the consent, whatever date it claims.

    The representative's name and their relationship to the person are both
    personal data, sealed under the person's key: erasing the person erases
    them (version 1 kept the relationship as plain text: `upcast_v1_v2`).
    `standing` codes who gave it (`Standing`: 本人, a 法定代理人, a 任意代理人);
    `age_band` is the person's age band on the consent's date, coded so that
    a child's or a minor's consent stands out without the birth date
    (version 2 had neither: `upcast_v2_v3`).
    """

    class_version: ClassVar[int] = 3

    consent_id: UUID
    given_by: str
    representative: Personal | None
    relationship: Personal | None
    agencies: tuple[str, ...]
    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    valid_from: date
    valid_until: date
    withdrawn_on: date | None = None
    withdrawal_reason: Personal | None = None
    withdrawal_recorded_at: datetime | None = None
    standing: str = Standing.PERSON.value
    age_band: str = AgeBand.UNKNOWN.value

    @staticmethod
    def upcast_v1_v2(data: dict[str, Any]) -> None:
        """v1 → v2: the relationship, plain text, becomes the person's `Personal`.

        The representative's name was already sealed under the person's key,
        and is decoded first: the relationship takes its subject, and is read
        as erased when the name is (the person was erased). Without a
        representative a relationship related no one to the person; with no
        subject to bind it to, it is not read.
        """
        text, name = data.get("relationship"), data.get("representative")
        if not text or not isinstance(name, Personal):
            data["relationship"] = None
        elif name.erased:
            data["relationship"] = Personal.redacted(name.subject_id)
        else:
            data["relationship"] = Personal(name.subject_id, text)

    @staticmethod
    def upcast_v2_v3(data: dict[str, Any]) -> None:
        """v2 → v3: the giver's standing and the age band, for the past.

        The person's own consent reads as 本人; a representative's, whose
        standing was never asked, as `unrecorded_representative`; the age
        band as `unknown` (no birth date was judged then).
        """
        by_person = data.get("given_by") == GivenBy.PERSON
        data["standing"] = (Standing.PERSON if by_person else Standing.UNRECORDED).value
        data["age_band"] = AgeBand.UNKNOWN.value

    def is_valid_on(self, day: date) -> bool:
        """Valid on a business date: within its period, before its withdrawal."""
        if not self.valid_from <= day <= self.valid_until:
            return False
        return self.withdrawn_on is None or day < self.withdrawn_on

    def in_force_on(self, recording_day: date) -> bool:
        """Still carrying acts recorded that day: not withdrawn, not expired."""
        return self.withdrawn_on is None and recording_day <= self.valid_until

    def was_in_force_at(self, instant: datetime) -> bool:
        """In force at an earlier instant (e.g. when a meeting was convened)."""
        withdrawn_by_then = self.withdrawal_recorded_at is not None and (
            self.withdrawal_recorded_at <= instant
        )
        return not withdrawn_by_then and (
            instant.astimezone(TOKYO).date() <= self.valid_until
        )

    def covers(self, agency: str, purpose: str, day: date) -> bool:
        """Its scope covers the agency and purpose, and it is valid on `day`."""
        return (
            agency in self.agencies
            and purpose in self.purposes
            and self.is_valid_on(day)
        )

    def covers_categories(self, categories: Iterable[str]) -> bool:
        return set(categories) <= set(self.categories)

    def withdrawn(
        self, withdrawn_on: date, reason: Personal | None, recorded_at: datetime | None
    ) -> Consent:
        return replace(
            self,
            withdrawn_on=withdrawn_on,
            withdrawal_reason=reason,
            withdrawal_recorded_at=recorded_at,
        )

    def check(self) -> None:
        """Refuse a consent whose giver, scope or period does not make sense."""
        if self.given_by not in set(GivenBy):
            raise InvalidConsentError(f"given_by must be one of {sorted(GivenBy)}")
        if self.given_by == GivenBy.REPRESENTATIVE and (
            self.representative is None
            or self.relationship is None
            or not self.relationship.text.strip()
        ):
            raise InvalidConsentError("a representative needs a name and relationship")
        check_giver(self.given_by, self.standing, self.age_band)
        if not (self.agencies and self.purposes and self.categories):
            raise InvalidConsentError("agencies, purposes and categories are required")
        unknown = set(self.purposes) - set(Purpose)
        if unknown:
            raise InvalidConsentError(f"unknown purposes: {sorted(unknown)}")
        if unknown_categories(self.categories):
            raise UnknownCategoryError(
                f"unknown categories: {unknown_categories(self.categories)}"
            )
        if self.valid_until < self.valid_from:
            raise InvalidConsentError("valid_until is before valid_from")
