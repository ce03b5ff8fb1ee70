"""`jusou users add` prints a token once; `jusou users deactivate` stops it."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner

from application.errors import AuthenticationError
from interfaces.cli.main import app
from interfaces.config import Settings


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}


def given_user(env: dict[str, str]) -> tuple[str, str]:
    added = CliRunner().invoke(
        app,
        ["users", "add", "相談員A", "--agency", "shakyo", "--role", "caseworker"],
        env=env,
    )
    assert added.exit_code == 0, added.output
    token = added.stdout.strip()
    user_id = added.stderr.split()[1]
    return user_id, token


def authenticate(env: dict[str, str], token: str) -> str:
    ledger = Settings.from_environ(env).build_ledger()
    try:
        return ledger.authenticate(token).agency
    finally:
        ledger.close()


def test_a_user_is_added_and_their_printed_token_works(env: dict[str, str]) -> None:
    user_id, token = given_user(env)

    agency = authenticate(env, token)

    assert agency == "shakyo"
    assert UUID(user_id)


def test_a_deactivated_users_token_no_longer_authenticates(
    env: dict[str, str],
) -> None:
    user_id, token = given_user(env)

    result = CliRunner().invoke(
        app, ["users", "deactivate", user_id, "--reason", "退職"], env=env
    )

    assert result.exit_code == 0, result.output
    with pytest.raises(AuthenticationError):
        authenticate(env, token)


def test_an_unknown_role_is_refused(env: dict[str, str]) -> None:
    result = CliRunner().invoke(
        app, ["users", "add", "A", "--agency", "shakyo", "--role", "overlord"], env=env
    )

    assert result.exit_code == 2


def test_an_unknown_agency_is_refused(env: dict[str, str]) -> None:
    result = CliRunner().invoke(
        app, ["users", "add", "A", "--agency", "nowhere", "--role", "admin"], env=env
    )

    assert result.exit_code == 1


def test_users_list_shows_names_agencies_roles_and_who_is_active(
    env: dict[str, str],
) -> None:
    user_id, _ = given_user(env)
    runner = CliRunner()
    stopped = runner.invoke(app, ["users", "deactivate", user_id], env=env)
    assert stopped.exit_code == 0, stopped.output

    listed = runner.invoke(app, ["users", "list"], env={**env, "COLUMNS": "200"})

    assert listed.exit_code == 0, listed.output
    (line,) = [row for row in listed.stdout.splitlines() if user_id in row]
    assert [cell.strip() for cell in line.split("│")[2:6]] == [
        "相談員A",
        "shakyo",
        "caseworker",
        "no",
    ]
