"""Tallies (集計値): one figure per kind, operator and month, corrected openly."""

from __future__ import annotations

import pytest

from domain.catalogue.community_kinds import TallyKind
from domain.community.tally import Tally
from domain.errors import InvalidTallyError, NegativeTallyError, UnknownTallyKindError
from tests.domain.given_community import RECORDER, a_report, given_reported


def test_reporting_a_figure_records_its_period_and_value() -> None:
    tally = a_report()

    [reported] = tally.collect_events()
    assert isinstance(reported, Tally.Reported)
    assert (reported.kind, reported.agency) == ("watch_activities", "shakyo")
    assert (reported.year, reported.month, reported.value) == (2026, 5, 6800)


def test_a_period_has_one_id_so_a_second_report_is_a_duplicate() -> None:
    first = a_report()

    second = a_report(value=7000)

    assert first.id == second.id == Tally.id_for("watch_activities", "shakyo", 2026, 5)


@pytest.mark.parametrize(
    "changes",
    [
        {"month": 6},
        {"year": 2027},
        {"agency": "tobu_houkatsu"},
        {"kind": "volunteers_registered"},
    ],
)
def test_another_period_agency_or_kind_has_another_id(
    changes: dict[str, object],
) -> None:
    first = a_report()

    other = a_report(**changes)

    assert other.id != first.id


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(UnknownTallyKindError):
        a_report(kind="smiles")


def test_a_negative_figure_is_refused() -> None:
    with pytest.raises(NegativeTallyError):
        a_report(value=-1)


@pytest.mark.parametrize("month", [0, 13])
def test_a_month_outside_the_calendar_is_refused(month: int) -> None:
    with pytest.raises(InvalidTallyError):
        a_report(month=month)


def test_a_march_report_belongs_to_the_fiscal_year_before() -> None:
    tally = a_report(year=2027, month=3)

    fiscal_year = tally.fiscal_year

    assert fiscal_year == 2026


def test_correcting_a_figure_records_the_new_value_and_why() -> None:
    tally = given_reported()

    tally.correct(6900, "集計漏れ", RECORDER)

    [corrected] = tally.collect_events()
    assert isinstance(corrected, Tally.Corrected)
    assert (corrected.value, corrected.reason) == (6900, "集計漏れ")
    assert tally.value == 6900


def test_correcting_to_a_negative_figure_is_refused() -> None:
    tally = given_reported()

    with pytest.raises(NegativeTallyError):
        tally.correct(-5, "誤り", RECORDER)

    assert tally.collect_events() == []


def test_a_correction_without_a_reason_is_refused() -> None:
    tally = given_reported()

    with pytest.raises(InvalidTallyError):
        tally.correct(6900, "", RECORDER)

    assert tally.collect_events() == []


def test_correcting_to_the_same_figure_records_nothing() -> None:
    tally = given_reported()

    tally.correct(6800, "確認", RECORDER)

    assert tally.collect_events() == []


@pytest.mark.parametrize("kind", sorted(TallyKind))
def test_every_tally_kind_has_a_japanese_label_and_an_indicator(kind: str) -> None:
    tally_kind = TallyKind(kind)

    assert tally_kind.label_ja
    assert tally_kind.indicator_number in {14, 18, 20, 21}
