"""What a community record (地域の取組の記録) states: a full, correctable statement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.catalogue import DAILY_LIFE_DISTRICTS, Field, Project
from domain.catalogue.community_kinds import CommunityKind
from domain.errors import (
    DistrictRequiredError,
    InvalidCommunityRecordError,
    ParticipatingAgenciesRequiredError,
    UnknownCommunityKindError,
)


@dataclass(frozen=True)
class CommunityStatement:
    """A cross-case fact (地域の取組): a session, meeting or new service.

    It names no person: `title` is the session's or service's name, never a
    case. `agency` organised it; `participating_agencies` took part (they are
    what indicator 9 counts for case-study meetings). `district` is one of the
    12 daily-life districts (日常生活圏域), required for a 第2層協議体 meeting.
    """

    kind: str
    project: str
    field: str | None
    agency: str
    held_on: date
    title: str
    district: str | None = None
    participating_agencies: tuple[str, ...] = ()
    attendees: int | None = None

    def check(self) -> None:
        if self.kind not in set(CommunityKind):
            raise UnknownCommunityKindError(f"unknown kind: {self.kind}")
        if self.project not in set(Project):
            raise InvalidCommunityRecordError(f"unknown project: {self.project}")
        if self.field is not None and self.field not in set(Field):
            raise InvalidCommunityRecordError(f"unknown field: {self.field}")
        if not self.agency or not self.title.strip():
            raise InvalidCommunityRecordError("an agency and a title are required")
        if self.attendees is not None and self.attendees < 0:
            raise InvalidCommunityRecordError("attendees cannot be negative")
        self._check_district()
        if self.kind == CommunityKind.CASE_STUDY_MEETING and not (
            self.participating_agencies
        ):
            raise ParticipatingAgenciesRequiredError(self.title)

    def _check_district(self) -> None:
        if self.district is None:
            if self.kind == CommunityKind.COUNCIL_MEETING:
                raise DistrictRequiredError(self.title)
            return
        if self.district not in DAILY_LIFE_DISTRICTS:
            raise InvalidCommunityRecordError(
                f"not a daily-life district (日常生活圏域): {self.district}"
            )
