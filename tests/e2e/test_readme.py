"""The README's walkthrough, pasted block by block, works against a real server.

Every ```sh block of README.md (the `shell` ones start servers or the suite)
runs in order in one bash, as one terminal would, in a fresh directory that
has only the clone's README and its `.venv`, beside a real `jusou serve` on a
free port started there the way `make serve` starts it. So the walkthrough
cannot drift from the code: a renamed route, a changed answer or a date the
ledger refuses fails here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.service import JUSOU, free_port

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.DOTALL | re.MULTILINE)


def sh_blocks(readme: str) -> list[str]:
    return BLOCK.findall(readme)


@dataclass
class Pasted:
    """What the pasted walkthrough printed, and how it ended."""

    returncode: int
    stdout: str
    stderr: str


def clean_env(directory: Path, port: int) -> dict[str, str]:
    """The machine's environment without any JUSOU_ setting, as on a fresh clone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUSOU_")}
    return {**env, "JUSOU_PORT": str(port), "HOME": str(directory)}


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("clone")
    shutil.copy(ROOT / "README.md", directory / "README.md")
    (directory / ".venv").symlink_to(Path(JUSOU).parent.parent)
    return directory


@pytest.fixture(scope="module")
def pasted(clone: Path) -> Iterator[Pasted]:
    port = free_port()
    env = clean_env(clone, port)
    with (clone / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [str(JUSOU), "serve"], cwd=clone, env=env, stdout=log, stderr=log
        )
    try:
        wait_until_up(port, server)
        script = "set -euo pipefail\n" + "\n".join(
            sh_blocks(clone.joinpath("README.md").read_text())
        )
        done = subprocess.run(
            ["bash", "-c", script],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        yield Pasted(done.returncode, done.stdout, done.stderr)
    finally:
        server.terminate()
        server.wait(timeout=20)


def wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, "jusou serve exited"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).is_success:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("jusou serve did not answer within 30 s")


def test_the_readme_has_a_walkthrough_to_paste() -> None:
    blocks = sh_blocks((ROOT / "README.md").read_text())

    assert len(blocks) >= 8
    assert not any("make serve" in block for block in blocks)  # that is the server


def test_every_block_pasted_in_order_succeeds(pasted: Pasted) -> None:
    assert pasted.returncode == 0, pasted.stderr[-3000:]


def test_the_walkthrough_shows_what_the_readme_says(pasted: Pasted) -> None:
    out = pasted.stdout

    assert '"view":"shared"' in out
    assert '"view":"full"' in out
    assert "urn:jusou:problem:not_found" in out
    assert "urn:jusou:problem:consent_required" in out
    assert '"referral_pending"' in out
    assert "urn:jusou:problem:use_suspended" in out
    assert "['大田原市本町1丁目', '大田原市新町2丁目']" in out


def test_the_reports_and_the_audit_are_made(pasted: Pasted, clone: Path) -> None:
    made = {p.name for p in clone.iterdir()}

    assert {"indicators.csv", "indicators.xlsx", "caseloads.xlsx"} <= made
    assert {"disclosure-R8-001.pdf", "disclosure-R8-001.json"} <= made
    assert any(name.startswith("explain-") for name in made)
    assert "nothing was recorded by" in pasted.stderr
    assert "評価指標の実績" in pasted.stdout
