"""`jusou cycle …` through typer's runner: the same rules and refusals as REST."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner, Result

from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from tests.application.given import a_consent_form, given_referred_case
from tests.interfaces.given_api import a_sheet
from tests.interfaces.test_cli_audit import with_ledger

runner = CliRunner()


@dataclass(frozen=True)
class Staff:
    case_id: UUID
    owner: UUID
    receiver: UUID
    city: UUID
    chief: UUID
    stranger: UUID


def given_staff(ledger: CaseLedger) -> Staff:
    opened = given_referred_case(ledger)  # 社協 works on it; 福祉課 consented
    ids = [
        ledger.add_user(name, agency, role)[0]
        for name, agency, role in (
            ("相談員 中央", "chuo_houkatsu", "caseworker"),
            ("相談員 社協", "shakyo", "caseworker"),
            ("調整員 福祉", "fukushi_ka", "coordinator"),
            ("所長 中央", "chuo_houkatsu", "supervisor"),
            ("相談員 西部", "seibu_houkatsu", "caseworker"),
        )
    ]
    return Staff(opened.case_id, *ids)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/jusou.db"}


@pytest.fixture
def staff(env: dict[str, str]) -> Staff:
    found: Staff = with_ledger(env, given_staff)
    return found


def jusou(environ: dict[str, str], *args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args], env=environ)


def test_the_cycle_runs_from_the_command_line(
    env: dict[str, str], staff: Staff, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.json"
    sheet.write_text(json.dumps(a_sheet()), encoding="utf-8")
    case = staff.case_id

    assessed = jusou(env, "cycle", "assess", case, "--user", staff.receiver,
                     "--sheet", sheet)  # fmt: skip
    decided = jusou(env, "cycle", "decide", case, "--user", staff.city)
    closed = jusou(env, "cycle", "close", case, "--user", staff.owner,
                   "--reason-code", "persons_wish")  # fmt: skip

    assert [r.exit_code for r in (assessed, decided, closed)] == [0, 0, 0], (
        assessed.output + decided.output + closed.output
    )
    assert "recorded: version" in closed.output

    def read(ledger: CaseLedger) -> tuple[int, str | None, bool]:
        found = ledger.get_case(case)
        return (
            len(found.assessments),
            found.closure_reason,
            found.support_decision is not None,
        )

    assert with_ledger(env, read) == (1, "persons_wish", True)


def test_the_policy_and_the_rules_refuse_as_over_rest(
    env: dict[str, str], staff: Staff
) -> None:
    case = staff.case_id

    stranger = jusou(env, "cycle", "close", case, "--user", staff.stranger,
                     "--reason-code", "moved_away")  # fmt: skip
    uncoded = jusou(env, "cycle", "close", case, "--user", staff.owner,
                    "--reason-code", "bored")  # fmt: skip
    not_a_supervisor = jusou(env, "cycle", "transfer", case, "--user", staff.owner,
                             "--to", "shakyo")  # fmt: skip
    short_consent = jusou(env, "cycle", "transfer", case, "--user", staff.chief,
                          "--to", "shakyo")  # fmt: skip

    assert [r.exit_code for r in (stranger, uncoded, not_a_supervisor)] == [1, 1, 1]
    assert "unknown closure reason" in uncoded.output
    assert short_consent.exit_code == 1
    assert a_consent_form().categories == ("basic", "health", "finance")


def test_a_sheet_that_is_not_a_body_is_a_usage_error(
    env: dict[str, str], staff: Staff, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.json"
    sheet.write_text('{"findings": [{"area": "stars"}]}', encoding="utf-8")

    result = jusou(env, "cycle", "assess", staff.case_id, "--user", staff.receiver,
                   "--sheet", sheet)  # fmt: skip

    assert result.exit_code == 2
    assert "is not a valid body" in result.output
