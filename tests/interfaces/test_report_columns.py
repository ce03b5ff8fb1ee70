"""One declaration per report column: JSON, CSV, xlsx and the CLI table agree.

For each report a test-only column is added to its declaration; the JSON
keys, the CSV header, the xlsx header row and the CLI table's columns are
then exactly what the declaration says, the new column included, through
the real `jusou report` command. The xlsx opens in openpyxl with numbers as
numbers.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from interfaces import caseload_formats, report_formats
from interfaces.cli.main import app
from interfaces.columns import COUNT, PERCENT, Column, Columns
from interfaces.config import Settings
from projections.caseload_view import CaseloadCount
from projections.indicator_report import IndicatorLine
from tests.interfaces.given_api import TODAY
from tests.interfaces.given_sheets import header_row
from tests.projections.given import SHAKYO, a_case, an_activity
from tests.projections.given_versions import cli_env
from tests.support.clock import TestClock

EXTRA = "試験列"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A SQLite ledger with two cases and an activity."""
    path = tmp_path_factory.mktemp("columns") / "ledger.db"
    settings = Settings(
        database_url=f"sqlite:///{path}",
        master_key=os.urandom(32),
        master_key_source="t",
    )
    ledger = settings.build_ledger()
    clock = TestClock(TODAY)  # the given records are dated in June 2026
    ledger.today, ledger.now = clock.today, clock.now
    for _ in range(2):
        case_id = a_case(ledger)
    ledger.record_activities(
        SHAKYO, case_id, [an_activity("preventive_care_management")]
    )
    ledger.close()
    return {**cli_env(settings), "COLUMNS": "400"}


def report(env: dict[str, str], tmp_path: Path, *args: str) -> dict[str, Any]:
    """The four outputs of one `jusou report` command."""
    outputs: dict[str, Any] = {}
    for format_ in ("json", "csv", "xlsx", "table"):
        out = tmp_path / f"out.{format_}"
        command = ["report", *args, "--format", format_, "--output", str(out)]
        args_ = command[:-2] if format_ == "table" else command
        result = CliRunner().invoke(app, args_, env=env)
        assert result.exit_code == 0, result.output
        outputs[format_] = result.stdout if format_ == "table" else out.read_bytes()
    return outputs


def csv_header(data: bytes) -> list[str]:
    assert data.startswith(b"\xef\xbb\xbf")
    return next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def table_header(text: str) -> list[str]:
    line = next(line for line in text.splitlines() if line.startswith("┃"))
    return [cell.strip() for cell in line.split("┃")[1:-1]]


def shown_in_table(columns: Columns[Any]) -> list[str]:
    return [h for c in columns.columns if c.table for h in c.headings()]


def test_the_indicator_report_takes_every_format_from_its_columns(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra: Column[IndicatorLine] = Column(
        "test_double", EXTRA, lambda line: 2 * line.actual, COUNT
    )
    columns = report_formats.INDICATOR_COLUMNS.with_column(extra)
    monkeypatch.setattr(report_formats, "INDICATOR_COLUMNS", columns)

    out = report(env, tmp_path, "indicators", "--fiscal-year", "2026")

    rows = json.loads(out["json"])["indicators"]
    sheet = load_workbook(io.BytesIO(out["xlsx"])).worksheets[0]
    top = header_row(sheet)
    header = [cell.value for cell in sheet[top]]
    assert [list(row) for row in rows] == [
        [c.key for c in columns.columns if c.json]
    ] * 29
    assert csv_header(out["csv"]) == header == columns.header()
    assert table_header(out["table"]) == shown_in_table(columns)
    assert header[-1] == EXTRA
    assert sheet.cell(top + 1, len(header)).value == 2 * rows[0]["actual"]
    ratio = sheet.cell(top + 1, header.index("達成率") + 1)
    assert (type(ratio.value), ratio.number_format) == (float, PERCENT)
    assert sheet.cell(top + 1, header.index("実績") + 1).number_format == COUNT


def test_the_caseloads_report_takes_every_format_from_its_columns(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra: Column[CaseloadCount] = Column(
        "test_cases_again", EXTRA, lambda count: count.cases, COUNT
    )
    columns = caseload_formats.CASELOAD_COLUMNS.with_column(extra)
    monkeypatch.setattr(caseload_formats, "CASELOAD_COLUMNS", columns)

    out = report(env, tmp_path, "caseloads")

    rows = json.loads(out["json"])["caseloads"]
    book = load_workbook(io.BytesIO(out["xlsx"]))
    header = [cell.value for cell in book.worksheets[0][1]]
    assert [list(row) for row in rows] == [[c.key for c in columns.columns if c.json]]
    assert csv_header(out["csv"]) == header == columns.header()
    assert table_header(out["table"]) == shown_in_table(columns)
    assert rows[0][extra.key] == rows[0]["cases"] == 2
    assert book.sheetnames == ["担当ケース数", "機関別", "見直し予定"]
    assert book.worksheets[0].cell(2, len(header)).value == 2
