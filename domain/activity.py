"""Activity (活動記録) done for a case, as a value inside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain.catalogue.activities import ActivityKind, fits_project
from domain.catalogue.projects import Project
from domain.errors import (
    ActivityBeforeOpeningError,
    ActivityProjectError,
    UnknownActivityKindError,
)
from domain.personal import Personal


@dataclass(frozen=True)
class Activity:
    """One activity (活動記録) of an agency for a case, under one 事業.

    Kind, 事業 and date are what the indicators count, so they stay plain;
    only the note is personal.
    """

    activity_id: UUID
    kind: str
    project: str
    agency: str
    occurred_on: date
    note: Personal | None

    def check(self, opened_on: date) -> None:
        """Refuse an unknown kind, a kind under another 事業, or a date too early."""
        if self.kind not in {k.value for k in ActivityKind}:
            raise UnknownActivityKindError(self.kind)
        if self.project not in {p.value for p in Project}:
            raise ActivityProjectError(f"unknown 事業: {self.project}")
        if not fits_project(ActivityKind(self.kind), Project(self.project)):
            raise ActivityProjectError(
                f"{self.kind} is not recorded under {self.project}"
            )
        if self.occurred_on < opened_on:
            raise ActivityBeforeOpeningError(f"the case was opened on {opened_on}")
