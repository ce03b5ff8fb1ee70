"""The indicator xlsx as an office uses it: title, filter, widths, print, charts."""

from __future__ import annotations

import io
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.interfaces.given_api import Api
from tests.interfaces.given_sheets import header_row

REPORTER = "reporter@fukushi_ka"


@pytest.fixture(scope="module")
def book(api: Api) -> Any:
    response = api.get(
        "/v1/reports/indicators", REPORTER, fiscal_year="2026", format="xlsx"
    )
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def test_the_sheet_opens_with_the_city_the_reiwa_year_and_the_day(book: Any) -> None:
    sheet = book.worksheets[0]

    titles = [sheet.cell(row, 1).value for row in (1, 2, 3)]

    assert "大田原市" in titles[0]
    assert titles[1].startswith("令和8年度")
    assert titles[2].startswith("出力日 20")
    assert sheet.cell(header_row(sheet), 1).value == "番号"


def test_the_table_has_a_filter_widths_and_prints_a4_landscape_one_page_wide(
    book: Any,
) -> None:
    sheet = book.worksheets[0]

    setup = sheet.page_setup

    assert sheet.auto_filter.ref.startswith(f"A{header_row(sheet)}:")
    assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9)
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert all(sheet.column_dimensions[c].width >= 4 for c in "ABCDEFGH")


def test_a_chart_sheet_shows_target_against_actual_and_the_months(book: Any) -> None:
    charts = book["グラフ"]._charts

    kinds = sorted(type(chart).__name__ for chart in charts)

    assert kinds == ["BarChart", "LineChart"]
    assert book["グラフ"]["A1"].value == "事業"
