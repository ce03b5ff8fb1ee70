"""`jusou person merge`: 名寄せ at the command line, as a named supervisor."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner, Result

from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from interfaces.config import Settings
from tests.application.given import given_opened_case

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}


def given_two_records(env: dict[str, str]) -> dict[str, str]:
    """Two records of one person at 中央包括, its supervisor and caseworker."""
    ledger = Settings.from_environ(env).build_ledger()
    try:
        return {
            "survivor": str(given_opened_case(ledger).person_id),
            "absorbed": str(given_opened_case(ledger).person_id),
            "supervisor": str(ledger.add_user("s", "chuo_houkatsu", "supervisor")[0]),
            "caseworker": str(ledger.add_user("c", "chuo_houkatsu", "caseworker")[0]),
            "stranger": str(ledger.add_user("t", "seibu_houkatsu", "supervisor")[0]),
        }
    finally:
        ledger.close()


def merge(env: dict[str, str], ids: dict[str, str], by: str) -> Result:
    args = ["person", "merge", ids["survivor"], ids["absorbed"], "--by", ids[by]]
    return runner.invoke(app, args, env=env)


def merged_into(env: dict[str, str], person_id: str) -> UUID | None:
    ledger: CaseLedger = Settings.from_environ(env).build_ledger()
    try:
        return ledger.get_person(UUID(person_id)).merged_into
    finally:
        ledger.close()


def test_a_supervisor_holding_both_merges_them(env: dict[str, str]) -> None:
    ids = given_two_records(env)

    result = merge(env, ids, "supervisor")

    assert result.exit_code == 0, result.output
    assert "名寄せ済み" in result.stderr
    assert str(merged_into(env, ids["absorbed"])) == ids["survivor"]


def test_a_caseworker_may_not_merge(env: dict[str, str]) -> None:
    ids = given_two_records(env)

    result = merge(env, ids, "caseworker")

    assert result.exit_code == 1
    assert "refused" in result.stderr
    assert merged_into(env, ids["absorbed"]) is None


def test_a_supervisor_of_another_agency_is_told_not_found(env: dict[str, str]) -> None:
    ids = given_two_records(env)

    result = merge(env, ids, "stranger")

    assert result.exit_code == 1
    assert "not found" in " ".join(result.stderr.split())
    assert merged_into(env, ids["absorbed"]) is None


def test_index_matches_indexes_everyone_held(env: dict[str, str]) -> None:
    given_two_records(env)

    result = runner.invoke(app, ["person", "index-matches"], env=env)

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2"
