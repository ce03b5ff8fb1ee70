"""Dates in the Japanese calendar: era boundaries, 元年, ages."""

from __future__ import annotations

from datetime import date

import pytest

from application.forms.wareki import age_on, era_of, reiwa, wareki


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 6, 30), "令和8年6月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1944, 3, 2), "昭和19年3月2日"),
    ],
)
def test_a_day_is_written_in_its_era(day: date, text: str) -> None:
    assert wareki(day) == text


def test_the_first_day_of_reiwa_is_its_first_year() -> None:
    assert era_of(date(2019, 5, 1)) == ("令和", 1)


def test_a_form_date_before_reiwa_is_refused() -> None:
    with pytest.raises(ValueError, match="Reiwa"):
        reiwa(date(2019, 4, 30))


def test_a_day_before_meiji_has_no_era() -> None:
    with pytest.raises(ValueError, match="Meiji"):
        era_of(date(1868, 10, 22))


@pytest.mark.parametrize(
    ("day", "age"),
    [(date(2026, 3, 1), 81), (date(2026, 3, 2), 82), (date(2026, 6, 30), 82)],
)
def test_the_age_counts_full_years(day: date, age: int) -> None:
    assert age_on(date(1944, 3, 2), day) == age
