"""Activity (活動記録) done for a case, as a value inside it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from domain.basis import Basis
from domain.catalogue.activities import ActivityKind, fits_project
from domain.catalogue.projects import Project
from domain.errors import (
    ActivityProjectError,
    AlreadyVoidedError,
    UnknownActivityKindError,
)
from domain.personal import Personal


@dataclass(frozen=True)
class Activity:
    """One activity (活動記録) of an agency for a case, under one 事業.

    Kind, 事業 and date are what the indicators count, so they stay plain;
    only the note is personal. An agency other than the case's own works on
    it on a `basis` (its accepted referral's); a voided activity (取消) stays
    in history and counts nowhere. `replaces` names the activity a corrected
    one stands for.
    """

    activity_id: UUID
    kind: str
    project: str
    agency: str
    occurred_on: date
    note: Personal | None
    basis: Basis | None = None
    replaces: UUID | None = None
    voided_on: date | None = None
    void_reason: Personal | None = None

    def check(self) -> None:
        """Refuse an unknown kind, or a kind recorded under another 事業."""
        if self.kind not in {k.value for k in ActivityKind}:
            raise UnknownActivityKindError(self.kind)
        if self.project not in {p.value for p in Project}:
            raise ActivityProjectError(f"unknown 事業: {self.project}")
        if not fits_project(ActivityKind(self.kind), Project(self.project)):
            raise ActivityProjectError(
                f"{self.kind} is not recorded under {self.project}"
            )

    def check_not_voided(self) -> None:
        if self.voided_on is not None:
            raise AlreadyVoidedError(f"activity {self.activity_id} is voided")

    def voided(self, on: date, reason: Personal) -> Activity:
        return replace(self, voided_on=on, void_reason=reason)
