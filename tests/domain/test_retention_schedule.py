"""Retention periods (保存期間): when a person's records are due for erasure."""

from __future__ import annotations

from datetime import date

import pytest

from domain.catalogue.fields import Field
from domain.catalogue.retention import (
    DEFAULT_SCHEDULE,
    CountedFrom,
    RetentionRule,
    RetentionSchedule,
)

ELDERLY = ("elderly_care",)
CHILD = ("child_rearing",)


def test_a_closed_case_is_kept_for_its_kinds_period_from_the_closure() -> None:
    due = DEFAULT_SCHEDULE.due_on([(ELDERLY, date(2026, 6, 1))])

    assert due == date(2031, 6, 1)


def test_a_case_of_several_fields_is_kept_for_the_longest_period() -> None:
    due = DEFAULT_SCHEDULE.due_on([(ELDERLY + CHILD, date(2026, 6, 1))])

    assert due == date(2036, 6, 1)


def test_a_person_is_due_when_the_last_of_their_cases_is() -> None:
    cases = [(ELDERLY, date(2026, 6, 1)), (ELDERLY, date(2027, 1, 10))]

    due = DEFAULT_SCHEDULE.due_on(cases)

    assert due == date(2032, 1, 10)


def test_an_open_case_keeps_the_person_whatever_else_closed() -> None:
    cases = [(ELDERLY, date(2000, 6, 1)), (CHILD, None)]

    due = DEFAULT_SCHEDULE.due_on(cases)

    assert due is None


def test_a_period_may_count_from_the_next_fiscal_years_first_of_april() -> None:
    schedule = RetentionSchedule(
        DEFAULT_SCHEDULE.rules, counted_from=CountedFrom.NEXT_FISCAL_YEAR.value
    )

    due = schedule.due_on([(ELDERLY, date(2027, 2, 10))])

    assert due == date(2032, 4, 1)  # FY2026 closed; counted from 2027-04-01


def test_the_29th_of_february_falls_to_the_1st_of_march() -> None:
    schedule = RetentionSchedule((RetentionRule("x", "x", 1, ELDERLY),))

    due = schedule.due_on([(ELDERLY, date(2028, 2, 29))])

    assert due == date(2029, 3, 1)


@pytest.mark.parametrize(
    ("article", "cited"),
    [("", "大田原市文書管理規程"), ("第N条", "大田原市文書管理規程 第N条")],
)
def test_the_source_is_cited_with_the_article_the_city_sets(
    article: str, cited: str
) -> None:
    schedule = RetentionSchedule(DEFAULT_SCHEDULE.rules, article=article)

    assert schedule.cited == cited


def test_every_field_has_a_kind_in_the_defaults() -> None:
    kinds = {f.value: DEFAULT_SCHEDULE.rule_for([f.value]).kind for f in Field}

    assert set(kinds) == {f.value for f in Field}
    assert all(f in DEFAULT_SCHEDULE.rule_for([f]).fields for f in kinds)
