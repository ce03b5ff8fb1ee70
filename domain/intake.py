"""Intake (相談受付): what the window recorded when the case was opened."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain.catalogue import Field, Project, Route
from domain.errors import InvalidIntakeError
from domain.profile import UNRECORDED, Profile

_TAG = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class Intake:
    """The facts of intake (相談受付) at a window (窓口).

    Issue tags are short ASCII slugs (`8050`, `hikikomori`) so that no personal
    data hides in them; the free-text summary lives apart, encrypted.
    """

    agency: str
    fields: tuple[str, ...]
    issues: tuple[str, ...]
    projects: tuple[str, ...]
    route: str
    opened_on: date
    person_id: UUID
    household_id: UUID | None
    # Added later, with a default: intakes recorded before read `unknown`.
    profile: Profile = UNRECORDED

    def check(self) -> None:
        if not self.agency:
            raise InvalidIntakeError("intake_agency is required")
        _check_members("fields", self.fields, {f.value for f in Field}, needed=True)
        _check_members("projects", self.projects, {p.value for p in Project})
        if self.route not in {r.value for r in Route}:
            raise InvalidIntakeError(f"unknown route: {self.route}")
        bad_tags = [tag for tag in self.issues if not _TAG.match(tag)]
        if bad_tags:
            raise InvalidIntakeError("issue tags are lowercase ASCII slugs")
        self.profile.check()


def _check_members(
    name: str, values: tuple[str, ...], known: set[str], *, needed: bool = False
) -> None:
    if needed and not values:
        raise InvalidIntakeError(f"at least one of {name} is required")
    unknown = sorted(set(values) - known)
    if unknown:
        raise InvalidIntakeError(f"unknown {name}: {unknown}")
