"""The coded profile of a consultation (統計用の属性): no person in it.

Age band, sex, household type, who consulted and the problems' categories,
each a code of `domain/catalogue/statistics.py`. It is kept in plain codes
on the intake and on a one-off consultation, never under a person's key, so
counts made from it survive erasure. Records from before it read `unknown`.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.catalogue.statistics import (
    AGE_BANDS,
    CONSULTERS,
    HOUSEHOLD_TYPES,
    PROBLEM_CATEGORIES,
    SEXES,
    UNKNOWN,
)
from domain.errors import InvalidProfileError

LONGEST_PROBLEMS = 15


@dataclass(frozen=True)
class Profile:
    """Who consulted and about what, in codes only (統計用の属性)."""

    age_band: str = UNKNOWN
    sex: str = UNKNOWN
    household_type: str = UNKNOWN
    consulter: str = UNKNOWN
    problems: tuple[str, ...] = ()

    def check(self) -> None:
        for name, value, known in (
            ("age_band", self.age_band, AGE_BANDS),
            ("sex", self.sex, SEXES),
            ("household_type", self.household_type, HOUSEHOLD_TYPES),
            ("consulter", self.consulter, CONSULTERS),
        ):
            if value not in known:
                raise InvalidProfileError(f"unknown {name}: {value}")
        unknown = sorted(set(self.problems) - set(PROBLEM_CATEGORIES))
        if unknown or len(self.problems) > LONGEST_PROBLEMS:
            raise InvalidProfileError(f"unknown problems: {unknown}")

    def coded(self) -> list[tuple[str, str]]:
        """(vocabulary, code) pairs, as statistics count them."""
        single = [
            ("age_band", self.age_band),
            ("sex", self.sex),
            ("household_type", self.household_type),
            ("consulter", self.consulter),
        ]
        return single + [("problems", p) for p in sorted(set(self.problems))]


# Immutable, so one value serves as every default (records from before it).
UNRECORDED = Profile()
