"""What two records of one person share: カナ name and birth date, folded."""

from __future__ import annotations

from datetime import date

import pytest

from domain.person_match import match_text

BORN = date(1944, 3, 2)


@pytest.mark.parametrize(
    "written",
    [
        "オオタワラ ハナコ",
        "おおたわら　はなこ",
        "ｵｵﾀﾜﾗ ﾊﾅｺ",
        "オオタワラ・ハナコ",
        "オオタワラハナコ",
    ],
)
def test_one_name_written_many_ways_reads_the_same(written: str) -> None:
    text = match_text(written, BORN)

    assert text == "オオタワラハナコ|1944-03-02"


def test_another_birth_date_is_another_text() -> None:
    assert match_text("オオタワラ ハナコ", date(1944, 3, 3)) != match_text(
        "オオタワラ ハナコ", BORN
    )


@pytest.mark.parametrize(
    ("kana", "born"), [(None, BORN), ("オオタワラ", None), (" ", BORN)]
)
def test_without_both_parts_there_is_nothing_to_match(
    kana: str | None, born: date | None
) -> None:
    assert match_text(kana, born) is None
