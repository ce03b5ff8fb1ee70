"""Cooperating organisations (協力機関・団体) of participation support (参加支援)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from domain.catalogue import DAILY_LIFE_DISTRICTS
from domain.catalogue.organisation_kinds import OrganisationKind
from domain.errors import InvalidCooperatingOrganisationError


@dataclass(frozen=True)
class CooperatingOrganisation:
    """A body that takes people in for 参加支援 (協力機関・団体), by date.

    Indicator 24 counts those active at the end of a fiscal year: active
    from `registered_on` until the day before `deactivated_on`.
    """

    org_id: UUID
    name_ja: str
    kind: str
    district: str | None
    registered_on: date
    deactivated_on: date | None = None
    deactivation_reason: str | None = None

    def check(self) -> None:
        if not self.name_ja.strip():
            raise InvalidCooperatingOrganisationError("a name is required")
        if self.kind not in set(OrganisationKind):
            raise InvalidCooperatingOrganisationError(f"unknown kind: {self.kind}")
        if self.district is not None and self.district not in DAILY_LIFE_DISTRICTS:
            raise InvalidCooperatingOrganisationError(
                f"not a daily-life district (日常生活圏域): {self.district}"
            )

    def is_active_on(self, day: date) -> bool:
        if day < self.registered_on:
            return False
        return self.deactivated_on is None or day < self.deactivated_on

    def deactivated(self, on: date, reason: str) -> CooperatingOrganisation:
        return replace(self, deactivated_on=on, deactivation_reason=reason)
