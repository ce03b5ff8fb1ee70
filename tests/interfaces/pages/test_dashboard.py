"""評価指標ダッシュボード: the report's figures, 未設定, the year picker, downloads."""

from __future__ import annotations

import re

from application.store.positions import recorded_at
from interfaces.http.pages.render import instant
from interfaces.report_formats import report_csv
from tests.interfaces.given_api import given_case
from tests.interfaces.pages.given_pages import Pages

REPORTER = "reporter@fukushi_ka"
PAGE = "/ui/indicators?fiscal_year=2026"
ROW = re.compile(
    r'<tr data-indicator="([^"]+)">.*?class="actual" data-value="([^"]+)"', re.S
)


def shown(html: str) -> dict[str, str]:
    return dict(ROW.findall(html))


def test_the_dashboard_shows_every_indicator_as_the_report_counts_it(
    pages: Pages,
) -> None:
    given_case(pages.api)
    pages.caught_up("indicators")
    report = pages.app.state.read_models.indicator_report(2026)  # type: ignore[attr-defined]

    page = pages.browser(REPORTER).get(PAGE)

    figures = shown(page.text)
    assert page.status_code == 200
    assert len(figures) == 29
    assert figures == {x.indicator.id: str(x.actual) for x in report.lines}
    assert any(x.actual > 0 for x in report.lines)


def test_a_deferred_target_is_shown_as_unset_never_as_zero(pages: Pages) -> None:
    page = pages.browser(REPORTER).get("/ui/indicators?fiscal_year=2027")

    assert '<td class="target unset">未設定' in page.text
    assert 'class="ratio ratio-unset">— <span class="band">目標未設定' in page.text


def test_the_ratio_is_coloured_by_band_with_a_word_beside_it(pages: Pages) -> None:
    page = pages.browser(REPORTER).get(PAGE)

    bands = set(
        re.findall(r'class="ratio ratio-(\w+)">[^<]*<span class="band">', page.text)
    )
    assert bands <= {"met", "near", "behind", "unset"}
    assert "behind" in bands  # an early month of a fresh ledger is behind


def test_the_year_picker_offers_reiwa_years_and_shows_the_one_asked(
    pages: Pages,
) -> None:
    page = pages.browser(REPORTER).get("/ui/indicators?fiscal_year=2025")

    assert '<label for="fiscal_year">年度</label>' in page.text
    assert '<option value="2025" selected>令和7年度</option>' in page.text
    assert '<option value="2019">令和元年度</option>' in page.text
    assert '<span id="year-shown">令和7年度</span>' in page.text


def test_without_a_year_the_dashboard_shows_todays_fiscal_year(
    pages: Pages,
) -> None:
    page = pages.browser(REPORTER).get("/ui/indicators")

    assert '<span id="year-shown">令和8年度</span>' in page.text


def test_the_projections_position_and_last_update_are_shown(pages: Pages) -> None:
    given_case(pages.api)
    pages.caught_up("indicators")
    position = pages.app.state.read_models.position("indicators")  # type: ignore[attr-defined]

    page = pages.browser(REPORTER).get(PAGE)

    when = instant(recorded_at(pages.ledger, position))
    assert f'<span id="position">{position}</span>' in page.text
    assert f'<span id="updated-at">{when}</span>' in page.text
    assert re.fullmatch(r"令和\d+年\d+月\d+日 \d\d:\d\d:\d\d", when)


def test_the_csv_is_the_reports_own(pages: Pages) -> None:
    pages.caught_up("indicators")
    report = pages.app.state.read_models.indicator_report(2026)  # type: ignore[attr-defined]

    download = pages.browser(REPORTER).get("/ui/indicators/2026.csv")

    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    assert download.content == report_csv(report)


def test_the_xlsx_downloads_as_a_workbook(pages: Pages) -> None:
    download = pages.browser(REPORTER).get("/ui/indicators/2026.xlsx")

    assert download.status_code == 200
    assert download.content.startswith(b"PK")  # a zip: the xlsx container
    assert 'filename="indicators_2026.xlsx"' in download.headers["content-disposition"]


def test_a_city_sections_coordinator_sees_the_dashboard(pages: Pages) -> None:
    page = pages.browser("coordinator@fukushi_ka").get(PAGE)

    assert page.status_code == 200


def test_nothing_on_the_page_comes_from_another_host(pages: Pages) -> None:
    page = pages.browser(REPORTER).get(PAGE)

    links = re.findall(r'(?:src|href)="([^"]*)"', page.text)
    assert links
    assert all(link.startswith(("/ui/", "#", "data:")) for link in links)
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"


def test_the_chart_library_and_its_licence_are_served_by_the_service(
    pages: Pages,
) -> None:
    client = pages.client()

    script = client.get("/ui/static/vendor/chart.umd.min.js")
    licence = client.get("/ui/static/vendor/chart.js.LICENSE.md")

    assert script.status_code == 200
    assert script.text.startswith("/*!\n * Chart.js v4.6.1")
    assert "MIT License" in licence.text
