"""The /ui/ pages in headless Chromium against a real `jusou serve` (issue 14).

One demo city-year, one browser for the module; each test signs in as the
person it needs. Every page visited is checked for labelled controls and
headings in order, and photographed (`docs/ui/` with `make ui-pictures`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from domain.catalogue import TOKYO
from interfaces.http.pages.colours import AA_NORMAL_TEXT
from tests.e2e.given_city import City, a_served_city
from tests.e2e.ui_browser import (
    chromium,
    console_errors,
    heading_levels,
    headings_in_order,
    ratio_contrasts,
    screenshot,
    sign_in,
    sign_out,
    submit,
    unlabelled_controls,
)

pytestmark = pytest.mark.e2e
AUDITOR = ("auditor", "fukushi_ka")
REPORTER = ("reporter", "fukushi_ka")
STRANGERS = ("yuzuriha", "seibu_houkatsu", "kita_houkatsu", "minami_houkatsu")


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[City]:
    with a_served_city(tmp_path_factory.mktemp("city")) as served:
        yield served


@pytest.fixture(scope="module")
def chrome() -> Iterator[WebDriver]:
    yield from chromium()


@pytest.fixture(scope="module")
def plain() -> Iterator[WebDriver]:
    """A browser with JavaScript off: the tables must read without it."""
    yield from chromium(javascript=False)


@pytest.fixture(scope="module")
def disclosed_case(city: City) -> tuple[str, str]:
    """A case of the demo disclosed at a 支援会議, and the agency owning it."""
    auditor = city.token(*AUDITOR)
    trail = city.get("/v1/audit/disclosures", auditor).json()["disclosures"]
    case_id = trail[0]["case_id"]
    history = city.get(f"/v1/cases/{case_id}/history", auditor).json()
    state = history["state"]
    return case_id, state["holder"] or state["intake"]["agency"]


def as_(chrome: WebDriver, city: City, role: str, agency: str) -> None:
    chrome.delete_all_cookies()
    sign_in(chrome, city.base, city.token(role, agency))


def look(chrome: WebDriver, path: str, name: str, keep: Path) -> None:
    """A page is usable: labelled controls, headings in order; photographed."""
    if path:
        chrome.get(path)
    assert unlabelled_controls(chrome) == []
    assert headings_in_order(heading_levels(chrome)), heading_levels(chrome)
    screenshot(chrome, name, keep)


@pytest.mark.parametrize(
    ("role", "agency", "lands_on"),
    [
        ("reporter", "fukushi_ka", "評価指標ダッシュボード"),
        ("supervisor", "chuo_houkatsu", "評価指標ダッシュボード"),
        ("coordinator", "fukushi_ka", "評価指標ダッシュボード"),
        ("auditor", "fukushi_ka", "支援会議の開示記録"),
        ("caseworker", "chuo_houkatsu", "ようこそ"),
        ("admin", "fukushi_ka", "ようこそ"),
    ],
)
def test_each_role_signs_in_and_every_page_names_them(
    chrome: WebDriver, city: City, role: str, agency: str, lands_on: str
) -> None:
    as_(chrome, city, role, agency)

    heading = chrome.find_element(By.TAG_NAME, "h1").text

    assert heading == lands_on
    assert chrome.find_element(By.CLASS_NAME, "user-name").text == f"{role} {agency}"
    assert chrome.find_element(By.CLASS_NAME, "user-agency").text
    assert chrome.find_element(By.CLASS_NAME, "user-role").text


def test_a_token_from_jusou_users_add_signs_in(chrome: WebDriver, city: City) -> None:
    printed = city.jusou(
        "users", "add", "集計 太郎", "--agency", "fukushi_ka", "--role", "reporter"
    )
    chrome.delete_all_cookies()

    sign_in(chrome, city.base, printed.strip())

    assert chrome.find_element(By.CLASS_NAME, "user-name").text == "集計 太郎"


def test_the_sign_in_page_is_usable(
    chrome: WebDriver, city: City, tmp_path: Path
) -> None:
    chrome.delete_all_cookies()

    look(chrome, f"{city.base}/ui/signin", "signin", tmp_path)

    assert chrome.find_element(By.CSS_SELECTOR, "label[for=token]").text == "トークン"


def test_the_dashboard_shows_the_figures_jusou_report_indicators_gives(
    chrome: WebDriver, city: City, tmp_path: Path
) -> None:
    report = city.indicators
    as_(chrome, city, *REPORTER)

    look(chrome, f"{city.base}/ui/indicators?fiscal_year=2026", "dashboard", tmp_path)

    cells = chrome.find_elements(By.CSS_SELECTOR, "tr[data-indicator] td.actual")
    shown = {
        c.find_element(By.XPATH, "..").get_attribute("data-indicator"): c.get_attribute(
            "data-value"
        )
        for c in cells
    }
    expected = {i["indicator_id"]: str(i["actual"]) for i in report["indicators"]}
    assert shown == expected
    assert any(i["actual"] for i in report["indicators"])
    drawn = chrome.execute_script(
        "return [...document.querySelectorAll('canvas')]"
        ".every(c => Chart.getChart(c) !== undefined);"
    )
    assert drawn is True
    assert console_errors(chrome) == []  # no refused script or style, no 404


def test_with_javascript_off_the_tables_still_read(
    plain: WebDriver, city: City, tmp_path: Path
) -> None:
    report = city.indicators
    sign_in(plain, city.base, city.token(*REPORTER))

    plain.get(f"{city.base}/ui/indicators?fiscal_year=2026")

    rows = plain.find_elements(By.CSS_SELECTOR, "tr[data-indicator]")
    first = rows[0].find_element(By.CSS_SELECTOR, "td.actual").text
    assert len(rows) == len(report["indicators"])
    assert first == f"{report['indicators'][0]['actual']:,}"
    screenshot(plain, "dashboard-no-javascript", tmp_path)


@pytest.mark.parametrize("path", ["/ui/indicators", "/ui/audit/access-log"])
def test_a_tablet_reads_the_pages_without_scrolling_sideways(
    chrome: WebDriver, city: City, path: str
) -> None:
    as_(chrome, city, "supervisor" if "indicators" in path else "auditor", "fukushi_ka")
    chrome.set_window_size(768, 1024)  # a tablet held upright

    chrome.get(f"{city.base}{path}")

    wide = chrome.execute_script("return document.documentElement.scrollWidth")
    shown = chrome.execute_script("return document.documentElement.clientWidth")
    chrome.set_window_size(1280, 1000)
    assert wide <= shown


def test_the_ratio_colours_reach_aa_contrast_as_painted(
    chrome: WebDriver, city: City
) -> None:
    as_(chrome, city, *REPORTER)
    chrome.get(f"{city.base}/ui/indicators?fiscal_year=2027")  # 未設定 as well

    contrasts = ratio_contrasts(chrome)

    assert {"ratio ratio-unset", "ratio ratio-behind"} <= set(contrasts)
    assert min(contrasts.values()) >= AA_NORMAL_TEXT, contrasts


def test_a_caseworker_without_a_basis_is_refused_and_it_is_logged(
    chrome: WebDriver, city: City, disclosed_case: tuple[str, str], tmp_path: Path
) -> None:
    case_id, _ = disclosed_case
    agency = next(
        a
        for a in STRANGERS
        if city.get(f"/v1/cases/{case_id}", city.token("caseworker", a)).status_code
        == 404
    )
    as_(chrome, city, "caseworker", agency)

    look(chrome, f"{city.base}/ui/cases/{case_id}/history", "refusal", tmp_path)

    assert chrome.find_element(By.TAG_NAME, "h1").text.startswith("見つかりません")
    assert "根拠がありません" in chrome.find_element(By.CLASS_NAME, "why").text
    as_(chrome, city, *AUDITOR)
    look(
        chrome,
        f"{city.base}/ui/audit/access-log?case_id={case_id}&outcome=denied",
        "access-log",
        tmp_path,
    )
    rows = chrome.find_elements(By.CSS_SELECTOR, 'tr[data-outcome="denied"]')
    assert sum(f"caseworker {agency}" in row.text for row in rows) == 2  # REST, page


def test_the_timeline_as_of_shows_the_state_the_history_endpoint_gives(
    chrome: WebDriver, city: City, disclosed_case: tuple[str, str], tmp_path: Path
) -> None:
    case_id, _ = disclosed_case
    auditor = city.token(*AUDITOR)
    events = city.get(f"/v1/cases/{case_id}/history", auditor).json()["events"]
    middle = datetime.fromisoformat(events[len(events) // 2]["recorded_at"])
    after = (middle + timedelta(microseconds=999)).astimezone(TOKYO)
    local = after.replace(tzinfo=None).isoformat(timespec="milliseconds")
    as_(chrome, city, *AUDITOR)
    chrome.get(f"{city.base}/ui/cases/{case_id}/history")
    picker = chrome.find_element(By.ID, "as_of")
    chrome.execute_script("arguments[0].value = arguments[1];", picker, local)

    submit(chrome, picker.find_element(By.XPATH, "../button"))

    look(chrome, "", "timeline", tmp_path)
    then = city.get(
        f"/v1/cases/{case_id}/history", auditor, as_of=f"{local}+09:00"
    ).json()
    text = chrome.find_element(By.ID, "state").get_attribute("textContent")
    shown = json.loads(text or "")  # inside a closed <details>: not .text
    assert shown == then["state"] is not None
    items = chrome.find_elements(By.CSS_SELECTOR, "#timeline > li")
    assert 0 < len(items) == len(then["events"]) < len(events)


def test_the_disclosure_trail_links_each_row_to_its_minutes(
    chrome: WebDriver, city: City, tmp_path: Path
) -> None:
    as_(chrome, city, *AUDITOR)
    look(chrome, f"{city.base}/ui/audit/disclosures", "disclosures", tmp_path)

    submit(chrome, chrome.find_element(By.LINK_TEXT, "会議録"))

    look(chrome, "", "minutes", tmp_path)
    assert chrome.find_element(By.TAG_NAME, "h1").text == "会議録"


def test_a_caseload_number_opens_the_list_behind_it(
    chrome: WebDriver, city: City, disclosed_case: tuple[str, str], tmp_path: Path
) -> None:
    _, agency = disclosed_case
    as_(chrome, city, "supervisor", agency)
    look(chrome, f"{city.base}/ui/caseloads", "caseloads", tmp_path)
    link = chrome.find_element(By.CSS_SELECTOR, "#statuses td.number a")
    number = int(link.text)

    submit(chrome, link)

    look(chrome, "", "cases", tmp_path)
    assert len(chrome.find_elements(By.CSS_SELECTOR, "tr[data-case]")) == min(
        number, 50
    )


def test_signing_out_ends_the_session(chrome: WebDriver, city: City) -> None:
    as_(chrome, city, *REPORTER)
    kept = chrome.get_cookie("jusou_session")
    assert kept is not None

    sign_out(chrome)

    chrome.get(f"{city.base}/ui/indicators")
    replayed = httpx.get(
        f"{city.base}/ui/indicators", cookies={"jusou_session": kept["value"]}
    )
    assert "/ui/signin" in chrome.current_url
    assert replayed.status_code == 303  # the kept cookie opens nothing
