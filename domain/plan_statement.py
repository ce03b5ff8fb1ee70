"""A support plan's statement (支援プラン): goals, roles, direction, review date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.errors import InvalidPlanError
from domain.personal import Personal


@dataclass(frozen=True)
class AgencyRole:
    """One agency's part in the plan (役割分担, yakuwari buntan)."""

    agency: str
    role: Personal


@dataclass(frozen=True)
class PlanStatement:
    """A full statement of a support plan (支援プラン): never a diff.

    Goals, roles and direction are the person's story, so each is personal
    data under the person's key; `review_on` is the next review (見直し) date.
    """

    goals: tuple[Personal, ...]
    roles: tuple[AgencyRole, ...]
    direction: Personal
    review_on: date

    def check(self, stated_on: date) -> None:
        """Refuse a statement without goals, with an agency twice, or reviewed early."""
        if not self.goals:
            raise InvalidPlanError("a plan states at least one goal")
        agencies = [r.agency for r in self.roles]
        if len(set(agencies)) != len(agencies) or not all(agencies):
            raise InvalidPlanError("each agency has one role, named by its code")
        if self.review_on < stated_on:
            raise InvalidPlanError(
                f"review date {self.review_on} is before {stated_on}"
            )
