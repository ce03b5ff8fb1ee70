"""A page for a user who may not see it: a page saying why, never a 500."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.application.given_access import LedgerWithoutAccessLog
from tests.interfaces.given_api import AUDITOR, Api, given_case
from tests.interfaces.pages.given_pages import Pages

PAGE = "/ui/indicators?fiscal_year=2026"


def test_a_caseworker_is_told_their_role_may_not_see_the_dashboard(
    pages: Pages,
) -> None:
    page = pages.browser("caseworker@chuo_houkatsu").get(PAGE)

    assert page.status_code == 403
    assert "<h1>表示できません（403）</h1>" in page.text
    assert "この役割（相談支援員）では、このページを表示できません。" in page.text
    assert "<code>forbidden</code>" in page.text


def test_a_windows_coordinator_is_told_it_is_not_their_agencys(
    pages: Pages,
) -> None:
    page = pages.browser("coordinator@shakyo").get(PAGE)

    assert page.status_code == 403
    assert "<code>not_your_agency</code>" in page.text


def test_a_query_out_of_bounds_is_a_page_saying_so(pages: Pages) -> None:
    page = pages.browser("reporter@fukushi_ka").get("/ui/indicators?fiscal_year=1900")

    assert page.status_code == 422
    assert "指定された条件が正しくありません。" in page.text


def test_a_refusal_page_still_names_who_is_signed_in(pages: Pages) -> None:
    page = pages.browser("caseworker@chuo_houkatsu").get(PAGE)

    assert 'class="user-name">caseworker@chuo_houkatsu<' in page.text
    assert "サインアウト" in page.text


def test_a_caseworker_signed_in_sees_a_home_page_not_an_error(pages: Pages) -> None:
    page = pages.browser("caseworker@chuo_houkatsu").get("/ui/")

    assert page.status_code == 200
    assert "<h1>ようこそ</h1>" in page.text


def test_a_download_of_a_year_out_of_bounds_is_a_page_saying_so(
    pages: Pages,
) -> None:
    page = pages.browser("reporter@fukushi_ka").get("/ui/indicators/1900.csv")

    assert page.status_code == 422
    assert "指定された条件が正しくありません。" in page.text


@pytest.mark.parametrize(
    ("who", "links"),
    [
        ("reporter@fukushi_ka", ["評価指標", "ケース担当状況"]),
        ("supervisor@chuo_houkatsu", ["評価指標", "ケース担当状況", "ケース一覧"]),
        ("auditor@fukushi_ka", ["開示記録", "アクセス記録"]),
        ("caseworker@chuo_houkatsu", ["ケース一覧"]),
        ("admin@fukushi_ka", []),
    ],
)
def test_the_navigation_offers_only_the_pages_the_role_may_see(
    pages: Pages, who: str, links: list[str]
) -> None:
    page = pages.browser(who).get("/ui/", follow_redirects=True)

    nav = page.text.split('<nav aria-label="ページ一覧">', 1)[1].split("</nav>")[0]
    assert re.findall(r'<a href="/ui/[^"]*"[^>]*>([^<]+)</a>', nav) == links


def test_a_read_that_cannot_be_logged_is_a_page_saying_so_without_the_data(
    tmp_path: Path,
) -> None:
    settings = Settings(f"sqlite:///{tmp_path}/x.db", os.urandom(32), "test")
    app = create_app(settings)
    with TestClient(app) as client:
        original = app.state.ledger
        failing = LedgerWithoutAccessLog(
            settings.ledger_env(), keyring=settings.keyring()
        )
        app.state.ledger = failing
        api = Api(client, failing)
        case_id = given_case(api)
        pages = Pages(app, failing, api.clock, api)

        page = pages.browser(AUDITOR).get(f"/ui/cases/{case_id}/history")

    original.close()
    assert page.status_code == 503
    assert page.headers["retry-after"]
    assert "閲覧を記録できなかったため、表示しませんでした" in page.text
    assert "大田原" not in page.text
