"""Fiscal years (年度): April to March, reckoned in Japan Standard Time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")

_FIRST_MONTH = 4  # 年度 begin on 1 April (地方自治法第208条)
_REIWA_FIRST_YEAR = 2019  # FY2019 is 令和元年度 by official usage


def fiscal_year_of(d: date) -> int:
    """The fiscal year of a date: 2026-04-01 … 2027-03-31 is 2026 (令和8年度)."""
    return d.year if d.month >= _FIRST_MONTH else d.year - 1


def fiscal_year_of_instant(t: datetime) -> int:
    """The fiscal year of an instant, taken as a date in Tokyo.

    Raises:
        ValueError: the datetime is naive, so the instant is unknown.
    """
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError("a naive datetime does not name an instant")
    return fiscal_year_of(t.astimezone(TOKYO).date())


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """The first and last day of a fiscal year, both inclusive."""
    return date(fy, _FIRST_MONTH, 1), date(fy + 1, _FIRST_MONTH - 1, 31)


def reiwa_label(fy: int) -> str:
    """The Japanese name of a fiscal year: 2026 is 令和8年度, 2019 is 令和元年度.

    Raises:
        ValueError: the year precedes the Reiwa era.
    """
    if fy < _REIWA_FIRST_YEAR:
        raise ValueError(f"FY{fy} precedes the Reiwa era")
    era_year = fy - _REIWA_FIRST_YEAR + 1
    return "令和元年度" if era_year == 1 else f"令和{era_year}年度"


def fiscal_month_index(d: date) -> int:
    """The month's place in its fiscal year: April is 1, March is 12."""
    return (d.month - _FIRST_MONTH) % 12 + 1
