"""Fiscal years (年度): April to March in Japan Standard Time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.catalogue import (
    TOKYO,
    fiscal_month_index,
    fiscal_year_bounds,
    fiscal_year_of,
    fiscal_year_of_instant,
    reiwa_label,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 31), 2025),
        (date(2026, 4, 1), 2026),
        (date(2026, 12, 31), 2026),
        (date(2027, 1, 1), 2026),
        (date(2027, 3, 31), 2026),
        (date(2027, 4, 1), 2027),
    ],
)
def test_a_date_belongs_to_the_fiscal_year_that_began_the_last_april(
    day: date, expected: int
) -> None:
    fiscal_year = fiscal_year_of(day)

    assert fiscal_year == expected


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (datetime(2026, 3, 31, 14, 59, 59, tzinfo=UTC), 2025),
        (datetime(2026, 3, 31, 15, 0, tzinfo=UTC), 2026),
        (datetime(2026, 4, 1, 0, 0, tzinfo=TOKYO), 2026),
        (datetime(2026, 3, 31, 23, 59, tzinfo=TOKYO), 2025),
        (datetime(2026, 3, 31, 11, 0, tzinfo=timezone(timedelta(hours=-5))), 2026),
    ],
)
def test_an_instant_counts_in_the_fiscal_year_of_its_tokyo_date(
    instant: datetime, expected: int
) -> None:
    fiscal_year = fiscal_year_of_instant(instant)

    assert fiscal_year == expected


def test_a_naive_datetime_is_refused() -> None:
    naive = datetime(2026, 4, 1, 9, 0)  # noqa: DTZ001 - the point of the test

    with pytest.raises(ValueError, match="naive"):
        fiscal_year_of_instant(naive)


def test_the_bounds_run_from_the_first_of_april_to_the_end_of_march() -> None:
    fiscal_year = 2026

    bounds = fiscal_year_bounds(fiscal_year)

    assert bounds == (date(2026, 4, 1), date(2027, 3, 31))


@pytest.mark.parametrize(
    ("fiscal_year", "expected"),
    [
        (2019, "令和元年度"),
        (2020, "令和2年度"),
        (2026, "令和8年度"),
        (2027, "令和9年度"),
        (2028, "令和10年度"),
    ],
)
def test_a_fiscal_year_is_named_in_the_reiwa_era(
    fiscal_year: int, expected: str
) -> None:
    label = reiwa_label(fiscal_year)

    assert label == expected


def test_a_year_before_reiwa_is_refused() -> None:
    with pytest.raises(ValueError, match="Reiwa"):
        reiwa_label(2018)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 4, 1), 1),
        (date(2026, 5, 31), 2),
        (date(2026, 12, 1), 9),
        (date(2027, 1, 15), 10),
        (date(2027, 3, 31), 12),
    ],
)
def test_months_are_counted_from_april(day: date, expected: int) -> None:
    index = fiscal_month_index(day)

    assert index == expected


# Years 1900–2999: FY9999 would end in year 10000, which `date` cannot hold.
_DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31))


@given(_DATES)
def test_every_date_lies_within_the_bounds_of_its_fiscal_year(day: date) -> None:
    first, last = fiscal_year_bounds(fiscal_year_of(day))

    assert first <= day <= last


@given(_DATES)
def test_the_month_index_counts_months_since_the_fiscal_year_began(
    day: date,
) -> None:
    first, _ = fiscal_year_bounds(fiscal_year_of(day))

    index = fiscal_month_index(day)

    assert index == (day.year - first.year) * 12 + day.month - first.month + 1
