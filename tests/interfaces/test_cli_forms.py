"""`jusou forms render` through typer's runner: a file, or a refusal."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import openpyxl
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner, Result

from application.demo.form_case import FormCase, seed_form_case
from interfaces.cli.main import app
from tests.interfaces.test_cli_audit import with_ledger

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/jusou.db"}


@pytest.fixture
def seeded(env: dict[str, str]) -> FormCase:
    found: FormCase = with_ledger(env, seed_form_case)
    return found


def jusou(environ: dict[str, str], *args: str) -> Result:
    return runner.invoke(app, list(args), env=environ)


def test_the_owner_renders_the_intake_form_to_a_pdf(
    env: dict[str, str], seeded: FormCase, tmp_path: Path
) -> None:
    output = tmp_path / "intake.pdf"

    result = jusou(
        env, "forms", "render", "intake_consent", str(seeded.case_id),
        "--user", str(seeded.owner.user_id), "--output", str(output),
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert "見本 花子" in PdfReader(output).pages[0].extract_text()


def test_the_minutes_render_to_xlsx_for_a_member(
    env: dict[str, str], seeded: FormCase, tmp_path: Path
) -> None:
    output = tmp_path / "minutes.xlsx"

    result = jusou(
        env, "forms", "render", "minutes", str(seeded.meeting_id),
        "--user", str(seeded.coordinator.user_id), "--output", str(output),
        "--format", "xlsx",
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(output).active is not None


def test_a_user_who_may_not_read_the_case_is_refused(
    env: dict[str, str], seeded: FormCase, tmp_path: Path
) -> None:
    output = tmp_path / "refused.pdf"

    result = jusou(
        env, "forms", "render", "assessment", str(seeded.no_consent_case_id),
        "--user", str(seeded.receiver.user_id), "--output", str(output),
    )  # fmt: skip

    assert result.exit_code == 1
    assert not output.exists()


def test_an_unknown_user_is_refused(env: dict[str, str], seeded: FormCase) -> None:
    result = jusou(
        env, "forms", "render", "plan", str(seeded.case_id),
        "--user", str(uuid4()), "--output", "x.pdf",
    )  # fmt: skip

    assert result.exit_code == 1


def test_a_bad_as_of_is_refused(env: dict[str, str], seeded: FormCase) -> None:
    result = jusou(
        env, "forms", "render", "plan", str(seeded.case_id),
        "--user", str(seeded.owner.user_id), "--output", "x.pdf", "--as-of", "soon",
    )  # fmt: skip

    assert result.exit_code == 2
