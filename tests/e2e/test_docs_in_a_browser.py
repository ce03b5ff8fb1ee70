"""/docs and /redoc render in headless Chromium with every other host blocked.

Chromium resolves no name but 127.0.0.1 (`--host-resolver-rules`) and its
background services are off, so a page that needed a CDN would stay blank.
The rendered DOM must list the API's operations; the screenshot is kept
under the test's tmp_path for a person to look at. `make browser` installs
Debian's chromium; under CI=true a missing browser fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.service import Keys, Service, running

pytestmark = pytest.mark.e2e
OFFLINE = (
    "--headless=new",
    "--no-sandbox",  # root in CI; the page is our own
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--virtual-time-budget=15000",
    "--window-size=1280,1600",
)


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is not None:
        return found
    message = "no chromium: `make browser` installs Debian's chromium"
    if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    directory = tmp_path_factory.mktemp("browser")
    with running(Service(f"sqlite:///{directory}/docs.db", Keys(), directory)) as s:
        yield s.base


def browse(chromium: str, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [chromium, *OFFLINE, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_swagger_ui_lists_the_operations_offline(
    chromium: str, base: str, tmp_path: Path
) -> None:
    dom = browse(chromium, "--dump-dom", f"{base}/docs", cwd=tmp_path)

    assert 'data-path="/v1/cases"' in dom
    assert 'data-path="/v1/cases/{case_id}/consents"' in dom
    assert dom.count('class="opblock-summary-path"') >= 30


def test_redoc_lists_the_operations_offline(
    chromium: str, base: str, tmp_path: Path
) -> None:
    dom = browse(chromium, "--dump-dom", f"{base}/redoc", cwd=tmp_path)

    assert "Open Case" in dom
    assert "/v1/cases/{case_id}/consents" in dom


def test_a_screenshot_of_the_docs_is_taken_offline(
    chromium: str, base: str, tmp_path: Path
) -> None:
    shot = tmp_path / "docs.png"

    browse(chromium, f"--screenshot={shot}", f"{base}/docs", cwd=tmp_path)

    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert shot.stat().st_size > 50_000  # a blank page is a few kB
