"""Every `jusou` command that cannot start says why in one line, exit status 2."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from interfaces.key_files import NEW_KEY_COMMAND
from tests.support.service import free_port

JUSOU = Path(sys.executable).parent / "jusou"
COMMANDS = (
    ["serve"],
    ["users", "add", "A", "--agency", "shakyo", "--role", "caseworker"],
    ["report", "caseloads"],
    ["projections", "status"],
    ["audit", "verify"],
)


def key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def jusou(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JUSOU_")}
    return subprocess.run(
        [str(JUSOU), *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def with_keys(url: str) -> dict[str, str]:
    return {
        "JUSOU_DATABASE_URL": url,
        "JUSOU_MASTER_KEY": key(),
        "JUSOU_SIGNING_KEY": key(),
    }


def assert_one_line_exit_2(result: subprocess.CompletedProcess[str], says: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert says in result.stderr


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_an_unreachable_server_is_one_line_and_exit_2(
    args: list[str], tmp_path: Path
) -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/jusou"

    result = jusou(args, tmp_path, **with_keys(url))

    assert_one_line_exit_2(result, "cannot open PostgreSQL database")


@pytest.mark.postgres
@pytest.mark.parametrize("args", COMMANDS[:2], ids=lambda a: a[0])
def test_a_database_that_does_not_exist_is_one_line_and_exit_2(
    args: list[str], tmp_path: Path, postgres_database_url: str
) -> None:
    parts = urlsplit(postgres_database_url)
    missing = urlunsplit(parts._replace(path="/jusou_never_created"))

    result = jusou(args, tmp_path, **with_keys(missing))

    assert_one_line_exit_2(result, 'database "jusou_never_created" does not exist')
    assert "createdb" in result.stderr


@pytest.mark.parametrize("args", COMMANDS[:2], ids=lambda a: a[0])
def test_a_malformed_key_is_one_line_and_exit_2(
    args: list[str], tmp_path: Path
) -> None:
    result = jusou(args, tmp_path, JUSOU_MASTER_KEY="not base64!")

    assert_one_line_exit_2(result, "JUSOU_MASTER_KEY is not valid base64")


def test_a_key_that_does_not_decrypt_the_ledger_is_one_line_and_exit_2(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/ledger.db"
    made = jusou(["projections", "status"], tmp_path, JUSOU_DATABASE_URL=url)
    assert made.returncode == 0, made.stderr

    result = jusou(["serve"], tmp_path, JUSOU_DATABASE_URL=url, JUSOU_MASTER_KEY=key())

    assert_one_line_exit_2(result, "the master key does not decrypt this ledger")


def test_the_old_master_key_of_a_rotated_ledger_is_one_line_and_exit_2(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/ledger.db"
    made = jusou(["projections", "status"], tmp_path, JUSOU_DATABASE_URL=url)
    old = str(tmp_path / "master.key")
    rotated = jusou(
        ["keys", "rotate-master"], tmp_path, JUSOU_DATABASE_URL=url,
        JUSOU_MASTER_KEY=key(), JUSOU_PREVIOUS_MASTER_KEY_FILE=old,
    )  # fmt: skip
    assert (made.returncode, rotated.returncode) == (0, 0), rotated.stderr

    result = jusou(["projections", "status"], tmp_path, JUSOU_DATABASE_URL=url)

    assert_one_line_exit_2(result, "the master key does not decrypt this ledger")


def test_the_suggested_key_command_is_a_line_of_its_own(tmp_path: Path) -> None:
    url = "postgresql://postgres@127.0.0.1:5432/jusou"

    result = jusou(["serve"], tmp_path, JUSOU_DATABASE_URL=url)

    assert result.returncode == 2
    assert NEW_KEY_COMMAND in result.stderr.splitlines()
    pasted = subprocess.run(
        ["sh", "-c", NEW_KEY_COMMAND], capture_output=True, text=True, check=True
    )
    assert len(base64.b64decode(pasted.stdout.strip())) == 32


def test_version_comes_from_the_package_metadata(tmp_path: Path) -> None:
    result = jusou(["--version"], tmp_path)

    assert result.returncode == 0
    assert result.stdout.strip() == f"jusou-ledger {version('jusou-ledger')}"


def test_config_show_prints_the_effective_settings_with_secrets_masked(
    tmp_path: Path,
) -> None:
    env = with_keys("postgresql://alice:s3cret-pw@db.example:6543/ledger")

    result = jusou(["config", "show"], tmp_path, JUSOU_PORT="8080", **env)

    shown = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert result.returncode == 0, result.stderr
    assert shown["JUSOU_PORT"] == "8080"
    assert shown["JUSOU_DATABASE_URL"] == (
        "postgresql://alice:********@db.example:6543/ledger"
    )
    assert shown["JUSOU_MASTER_KEY"] == "******** (env)"
    assert shown["JUSOU_MAX_BODY_BYTES"] == "262144"
    for secret in ("s3cret-pw", env["JUSOU_MASTER_KEY"], env["JUSOU_SIGNING_KEY"]):
        assert secret not in result.stdout + result.stderr
