"""`jusou household …` through typer's runner: the same rules as REST, reads logged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner, Result

from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from tests.application.households.given import given_household
from tests.interfaces.test_cli_audit import with_ledger

runner = CliRunner()


@dataclass(frozen=True)
class Given:
    household_id: UUID
    son_id: UUID
    keeper: UUID
    stranger: UUID


def given_staff(ledger: CaseLedger) -> Given:
    household = given_household(ledger)
    keeper = ledger.add_user("相談員 中央", "chuo_houkatsu", "caseworker")[0]
    stranger = ledger.add_user("相談員 西部", "seibu_houkatsu", "caseworker")[0]
    return Given(household.household_id, household.son_id, keeper, stranger)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/jusou.db"}


@pytest.fixture
def given(env: dict[str, str]) -> Given:
    found: Given = with_ledger(env, given_staff)
    return found


def jusou(environ: dict[str, str], *args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args], env=environ)


def test_show_lists_the_members_for_the_keeper_and_logs_the_read(
    env: dict[str, str], given: Given
) -> None:
    result = jusou(env, "household", "show", given.household_id, "--user", given.keeper)

    assert result.exit_code == 0, result.output
    assert "大田原 一郎" in result.output
    assert "子" in result.output
    logged = with_ledger(env, lambda ledger: ledger.access_log(AccessLogQuery()))
    assert logged.entries[0].resource_type == "household"


def test_a_stranger_is_told_the_household_is_not_found(
    env: dict[str, str], given: Given
) -> None:
    result = jusou(
        env, "household", "show", given.household_id, "--user", given.stranger
    )

    assert result.exit_code == 1
    assert "not found" in result.output


def test_a_member_leaves_at_the_command_line(env: dict[str, str], given: Given) -> None:
    result = jusou(
        env,
        "household",
        "leave",
        given.household_id,
        given.son_id,
        "--user",
        given.keeper,
        "--until",
        "2026-06-01",
    )

    assert result.exit_code == 0, result.output
    assert "recorded: version" in result.output


def test_form_and_add_member_print_the_new_ids(
    env: dict[str, str], given: Given
) -> None:
    formed = jusou(env, "household", "form", "--user", given.keeper)
    household_id = UUID(formed.output.strip())

    added = jusou(
        env,
        "household",
        "add-member",
        household_id,
        "--user",
        given.keeper,
        "--name",
        "那須 花",
        "--relationship",
        "head",
    )

    assert added.exit_code == 0, added.output
    assert UUID(added.output.strip()) != household_id
