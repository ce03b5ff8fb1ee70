"""`jusou retention due | apply`, and the city's periods from a TOML file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner, Result

from interfaces.cli.main import app
from interfaces.config import Settings
from tests.application.given import INTAKE_WORKER
from tests.projections.given import a_case
from tests.support.clock import TestClock

runner = CliRunner()
RUN_DAY = date(2031, 6, 10)
CITY_FILE = """
source = "大田原市文書管理規程"
article = "第N条（市が設定）"
counted_from = "closed_on"

[[kind]]
code = "all"
label_ja = "相談支援記録"
years = 1
fields = ["elderly_care", "disability", "child_rearing", "livelihood"]
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}


def given_closed_cases(env: dict[str, str]) -> tuple[list[UUID], str]:
    """Closed on 2026-06-01 (elderly care) and 2026-06-25 (child); an admin."""
    ledger = Settings.from_environ(env).build_ledger()
    people = []
    for fields, on in ((("elderly_care",), date(2026, 6, 1)),
                       (("child_rearing",), date(2026, 6, 25))):  # fmt: skip
        case_id = a_case(ledger, fields=fields)
        ledger.close_case(INTAKE_WORKER, case_id, on, None, reason_code="goals_reached")
        people.append(ledger.get_case(case_id).intake.person_id)
    admin, _ = ledger.add_user("管理者", "fukushi_ka", "admin")
    ledger.close()
    return people, str(admin)


def jusou(env: dict[str, str], *args: str) -> Result:
    return runner.invoke(app, list(args), env=env)


def test_due_lists_the_person_past_the_default_period(
    env: dict[str, str], clock: TestClock
) -> None:
    people, _ = given_closed_cases(env)
    clock.set(RUN_DAY)

    result = jusou(env, "retention", "due", "--format", "json")

    assert result.exit_code == 0, result.output
    (due,) = json.loads(result.stdout)
    assert (due["person_id"], due["due_on"]) == (str(people[0]), "2031-06-01")


def test_apply_erases_what_is_due(env: dict[str, str], clock: TestClock) -> None:
    people, admin = given_closed_cases(env)
    clock.set(RUN_DAY)

    result = jusou(env, "retention", "apply", "--by", admin, "--yes")

    ledger = Settings.from_environ(env).build_ledger()
    assert result.exit_code == 0, result.output
    assert "erased 1" in result.stderr
    assert ledger.get_person(people[0]).erased_on == RUN_DAY
    assert ledger.get_person(people[1]).erased_on is None
    ledger.close()


def test_apply_needs_an_admin(env: dict[str, str], clock: TestClock) -> None:
    given_closed_cases(env)
    ledger = Settings.from_environ(env).build_ledger()
    worker, _ = ledger.add_user("相談員", "fukushi_ka", "caseworker")
    ledger.close()
    clock.set(RUN_DAY)

    result = jusou(env, "retention", "apply", "--by", str(worker), "--yes")

    assert result.exit_code == 1
    assert "may not apply_retention" in result.stderr


def test_the_citys_file_sets_the_periods_and_names_its_article(
    env: dict[str, str], clock: TestClock, tmp_path: Path
) -> None:
    given_closed_cases(env)
    (tmp_path / "retention.toml").write_text(CITY_FILE, encoding="utf-8")
    env = {**env, "JUSOU_RETENTION_FILE": str(tmp_path / "retention.toml")}
    clock.set(date(2027, 6, 30))

    result = jusou(env, "retention", "due")

    assert result.exit_code == 0, result.output
    assert "大田原市文書管理規程 第N条（市が設定）" in result.stderr
    assert result.stdout.count("相談支援記録") == 2


def test_a_file_that_cannot_work_stops_with_one_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "bad.toml").write_text("[[kind]]\ncode='x'\nyears=0\n")
    env = {**env, "JUSOU_RETENTION_FILE": str(tmp_path / "bad.toml")}

    result = jusou(env, "retention", "due")

    assert result.exit_code == 2
    assert "JUSOU_RETENTION_FILE" in result.stderr
