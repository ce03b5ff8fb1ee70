"""`jusou demo seed`, `jusou report …` and `jusou projections …` end to end."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from interfaces.cli.main import app
from tests.interfaces.given_sheets import header_row

PCM = "consultation_elderly_preventive_care_management"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A small demo year in a fresh SQLite file, seeded once for the module."""
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    env = {"JUSOU_DATABASE_URL": f"sqlite:///{path}"}
    seeded = CliRunner().invoke(
        app,
        ["demo", "seed", "--year", "2026", "--scale", "0.01", "--seed", "5"],
        env=env,
    )
    assert seeded.exit_code == 0, seeded.output
    assert "projections caught up" in seeded.stderr
    return env


def run(env: dict[str, str], *args: str) -> str:
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_json_report_has_every_indicator_with_actuals(env: dict[str, str]) -> None:
    body = json.loads(
        run(env, "report", "indicators", "--fiscal-year", "2026", "--format", "json")
    )

    assert len(body["indicators"]) == 29
    assert body["label_ja"] == "令和8年度"
    assert body["indicators"][0]["actual"] > 0


def test_the_csv_file_keeps_its_japanese_for_excel(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "r.csv"

    run(
        env,
        "report",
        "indicators",
        "--fiscal-year",
        "2026",
        "--format",
        "csv",
        "--output",
        str(out),
    )

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "総合相談支援業務" in data.decode("utf-8-sig")


def test_the_xlsx_file_has_a_header_and_29_rows(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "r.xlsx"

    run(
        env,
        "report",
        "indicators",
        "--fiscal-year",
        "2026",
        "--format",
        "xlsx",
        "--output",
        str(out),
    )

    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet is not None
    assert sheet.max_row == header_row(sheet) + 29


def test_the_table_is_printed_with_the_months(env: dict[str, str]) -> None:
    table = run(env, "report", "indicators", "--fiscal-year", "2026", "--monthly")

    assert "評価指標の実績" in table
    assert "月別" in table


def test_an_explanation_is_written_to_a_file_and_said_in_plain_words(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "pcm.json"

    said = run(
        env,
        "report",
        "indicators",
        "--fiscal-year",
        "2026",
        "--explain",
        PCM,
        "--output",
        str(out),
    )

    explained = json.loads(out.read_text())
    assert len(explained["events"]) == explained["actual"]
    assert "介護予防ケアマネジメント」の活動記録について" in said
    assert "2026-04-01〜2027-03-31" in said
    assert explained["how_counted"] in said
    assert str(out) in said


def test_a_rebuild_reproduces_the_same_report(env: dict[str, str]) -> None:
    before = run(
        env, "report", "indicators", "--fiscal-year", "2026", "--format", "json"
    )

    result = CliRunner().invoke(app, ["projections", "rebuild", "indicators"], env=env)
    after = run(
        env,
        "report",
        "indicators",
        "--fiscal-year",
        "2026",
        "--format",
        "json",
        "--no-catch-up",
    )

    assert result.exit_code == 0
    assert "rebuilt indicators" in result.stderr
    assert json.loads(after)["indicators"] == json.loads(before)["indicators"]


def test_an_unknown_projection_or_indicator_is_refused(env: dict[str, str]) -> None:
    rebuild = CliRunner().invoke(app, ["projections", "rebuild", "nosuch"], env=env)
    explain = CliRunner().invoke(
        app,
        ["report", "indicators", "--fiscal-year", "2026", "--explain", "nosuch"],
        env=env,
    )

    assert (rebuild.exit_code, explain.exit_code) == (2, 2)


def test_caseloads_and_status_are_printed(env: dict[str, str]) -> None:
    loads = json.loads(run(env, "report", "caseloads", "--format", "json"))
    status = run(env, "projections", "status")

    assert sum(loads["open_cases_by_agency"].values()) > 0
    assert "caseloads" in status
    assert "indicators" in status


def test_seeding_again_is_refused(env: dict[str, str]) -> None:
    again = CliRunner().invoke(app, ["demo", "seed", "--scale", "0.01"], env=env)

    assert again.exit_code == 1
    assert "already holds cases" in again.stderr
    assert "seed" not in again.stderr.split("already holds cases")[0]  # no bar first
    assert "JUSOU_DATABASE_URL=sqlite:///var/demo.db" in again.stderr


def test_reviews_due_are_listed_as_of_today(env: dict[str, str]) -> None:
    listed = json.loads(run(env, "report", "reviews-due", "--format", "json"))
    table = run(env, "report", "reviews-due")

    today = listed["as_of"]
    assert all(r["review_on"] < today for r in listed["reviews_due"])
    assert all(r["days_overdue"] > 0 for r in listed["reviews_due"])
    assert "見直し期限を過ぎたプラン" in table
