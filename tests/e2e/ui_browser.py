"""Headless Chromium through Debian's chromedriver and Selenium, offline.

Chromium resolves no host but 127.0.0.1, so a page that needed a CDN would
break. Under CI=true a missing browser or driver fails the run (`make
browser` installs both); elsewhere the tests skip, saying why. Also: the
accessibility checks the pages must pass, and the screenshots they take.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service as DriverService
from selenium.webdriver.chromium.webdriver import ChromiumDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from interfaces.http.pages.colours import contrast

ARGS = (
    "--headless=new",
    "--no-sandbox",  # root in CI; the pages are our own
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--window-size=1280,1000",
    "--lang=ja",
)
SHOTS = os.environ.get("JUSOU_UI_SCREENSHOTS", "")  # e.g. docs/ui (make ui-pictures)
MAX_SHOT_HEIGHT = 4000


def binaries() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if browser is not None and Path(driver).exists():
        return browser, driver
    message = "no chromium or chromedriver: `make browser` installs Debian's"
    if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def chromium(*, javascript: bool = True) -> Iterator[WebDriver]:
    browser, driver = binaries()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ARGS:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    chrome = webdriver.Chrome(service=DriverService(driver), options=options)
    chrome.set_page_load_timeout(30)
    try:
        yield chrome
    finally:
        chrome.quit()


def submit(chrome: WebDriver, button: WebElement) -> None:
    """Click a form's button and wait until the next page has replaced this one."""
    html = chrome.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(chrome, 20).until(lambda _: gone(html))


def gone(element: WebElement) -> bool:
    """The element's page was left: any answer but "still here" says so.

    Chromium answers a node of a page being replaced with a stale reference
    or, mid-navigation, an inspector error; both mean the old page is gone.
    """
    try:
        element.is_enabled()
    except WebDriverException:  # StaleElementReferenceException among them
        return True
    return False


def sign_in(chrome: WebDriver, base: str, token: str) -> None:
    chrome.get(f"{base}/ui/signin")
    chrome.find_element(By.ID, "token").send_keys(token)
    submit(chrome, chrome.find_element(By.CSS_SELECTOR, "form.signin button"))


def sign_out(chrome: WebDriver) -> None:
    submit(chrome, chrome.find_element(By.CSS_SELECTOR, "form.signout button"))


def console_errors(chrome: WebDriver) -> list[str]:
    """What the page's console said was wrong: a refused script, a 404 …"""
    if not isinstance(chrome, ChromiumDriver):
        raise TypeError("the console's log is Chromium's")
    entries: list[dict[str, Any]] = chrome.get_log("browser")  # type: ignore[no-untyped-call]
    return [str(e["message"]) for e in entries if e.get("level") == "SEVERE"]


def unlabelled_controls(chrome: WebDriver) -> list[str]:
    """Controls a screen reader could not name: no label, aria-label or text."""
    found: list[str] = chrome.execute_script(
        """
        const bad = [];
        for (const el of document.querySelectorAll('input, select, textarea, button')) {
          if (el.type === 'hidden') continue;
          const byFor = el.id && document.querySelector(`label[for="${el.id}"]`);
          const named = byFor || el.closest('label') || el.getAttribute('aria-label')
            || (el.tagName === 'BUTTON' && el.textContent.trim());
          if (!named) bad.push(el.outerHTML.slice(0, 80));
        }
        return bad;
        """
    )
    return found


def heading_levels(chrome: WebDriver) -> list[int]:
    levels: list[int] = chrome.execute_script(
        "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]"
        ".map(h => Number(h.tagName[1]));"
    )
    return levels


def headings_in_order(levels: list[int]) -> bool:
    """One h1 first; never deeper by more than one level at a time."""
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        return False
    return all(b - a <= 1 for a, b in itertools.pairwise(levels))


def hex_of(css: str) -> str:
    """`rgb(10, 92, 43)` (as computed) → `#0a5c2b`."""
    parts = css[css.index("(") + 1 : css.index(")")].split(",")
    return "#" + "".join(f"{int(float(p)):02x}" for p in parts[:3])


def ratio_contrasts(chrome: WebDriver) -> dict[str, float]:
    """Each 達成率 band as the browser paints it: text on background."""
    styles: list[dict[str, Any]] = chrome.execute_script(
        "return [...document.querySelectorAll('td.ratio')].map(td => {"
        " const s = getComputedStyle(td);"
        " return {band: td.className, fg: s.color, bg: s.backgroundColor}; });"
    )
    return {s["band"]: contrast(hex_of(s["fg"]), hex_of(s["bg"])) for s in styles}


def screenshot(chrome: WebDriver, name: str, keep: Path) -> Path:
    """The whole page as PNG under `keep` (and JUSOU_UI_SCREENSHOTS, if set)."""
    height = chrome.execute_script("return document.documentElement.scrollHeight")
    chrome.set_window_size(1280, min(int(height), MAX_SHOT_HEIGHT))
    shot = keep / f"{name}.png"
    chrome.save_screenshot(str(shot))
    chrome.set_window_size(1280, 1000)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(SHOTS) / shot.name)
    return shot
