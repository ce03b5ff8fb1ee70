"""Dates in the Japanese calendar (和暦): 令和8年6月30日, 令和元年5月1日.

Each era starts on the day its emperor acceded; the year it starts in is its
first year (元年). Forms print their own dates in 令和 and birth dates in the
era they fall in (大正・昭和・平成・令和).
"""

from __future__ import annotations

from datetime import date

ERAS: tuple[tuple[str, date], ...] = (  # newest first
    ("令和", date(2019, 5, 1)),
    ("平成", date(1989, 1, 8)),
    ("昭和", date(1926, 12, 25)),
    ("大正", date(1912, 7, 30)),
    ("明治", date(1868, 10, 23)),
)
REIWA_START = ERAS[0][1]


def era_of(day: date) -> tuple[str, int]:
    """The era and its year for `day`: (令和, 8) for 2026-06-30.

    Raises:
        ValueError: the day precedes the Meiji era.
    """
    for name, start in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError(f"{day} precedes the Meiji era")


def era_year_text(day: date) -> str:
    """`令和8年`, or `令和元年` for an era's first year."""
    name, year = era_of(day)
    return f"{name}{'元' if year == 1 else year}年"


def wareki(day: date) -> str:
    """The day in its era: 令和8年6月30日, 平成31年4月30日, 令和元年5月1日."""
    return f"{era_year_text(day)}{day.month}月{day.day}日"


def reiwa(day: date) -> str:
    """A day of the 令和 era, as a form prints its own dates.

    Raises:
        ValueError: the day precedes 令和 (2019-05-01).
    """
    if day < REIWA_START:
        raise ValueError(f"{day} precedes the Reiwa era")
    return wareki(day)


def age_on(birth: date, day: date) -> int:
    """Full years of age on `day` (満年齢)."""
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def optional(day: date | None) -> str:
    """`wareki(day)`, or an empty cell for no date."""
    return "" if day is None else wareki(day)
