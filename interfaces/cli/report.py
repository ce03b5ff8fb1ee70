"""`jusou report`: the plan's indicators and the caseloads (no personal data).

Every format of a report (table, csv, json, xlsx) comes from its declared
columns (`interfaces/report_formats.py`, `interfaces/caseload_formats.py`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from domain.catalogue import TOKYO, UnknownIndicatorError
from interfaces.caseload_formats import (
    caseloads_csv,
    caseloads_json,
    caseloads_table,
    caseloads_xlsx,
    named,
    plans_due_line,
    reviews_due_csv,
    reviews_due_json,
    reviews_due_table,
    reviews_due_xlsx,
    staff_names,
)
from interfaces.cli.common import open_ledger
from interfaces.cli.projections import read_models
from interfaces.report_formats import (
    explain_json,
    monthly_table,
    report_csv,
    report_json,
    report_table,
    report_xlsx,
)
from projections.caseload_view import CaseloadCount, PlanDue
from projections.indicator_report import IndicatorReport
from projections.read_models import ReadModels

app = typer.Typer(
    help="報告 (reports): indicators, caseloads, reviews due", no_args_is_help=True
)
err = Console(stderr=True)
Output = Annotated[Path | None, typer.Option(help="Write to this file")]


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"


@app.command()
def indicators(  # noqa: PLR0917 (typer options)
    fiscal_year: Annotated[int, typer.Option(min=2019, max=2100, help="年度")],
    format_: Annotated[Format, typer.Option("--format")] = Format.TABLE,
    output: Output = None,
    explain: Annotated[str | None, typer.Option(help="An indicator id")] = None,
    monthly: Annotated[bool, typer.Option(help="Also the monthly table")] = False,
    catch_up: Annotated[bool, typer.Option(help="Catch the views up first")] = True,
) -> None:
    """評価指標の実績: actual against target for every indicator of a fiscal year."""
    _needs_a_file(format_, output)
    with read_models() as models:
        _note_pending(models)
        if catch_up:
            models.follower().catch_up()
        report = models.indicator_report(fiscal_year)
    if explain is not None:
        _explain(report, explain, output)
    elif format_ is Format.TABLE:
        Console().print(report_table(report))
        if monthly:
            Console().print(monthly_table(report))
    else:
        _write(_indicator_file(report, format_), output)


@app.command()
def caseloads(
    agency: Annotated[str | None, typer.Option(help="One agency's code")] = None,
    within_days: Annotated[int, typer.Option(min=0, max=366)] = 30,
    format_: Annotated[Format, typer.Option("--format")] = Format.TABLE,
    output: Output = None,
) -> None:
    """担当ケース数: open cases by agency, worker, field and status; plans due."""
    _needs_a_file(format_, output)
    by = datetime.now(TOKYO).date() + timedelta(days=within_days)
    counts, by_agency, due = _caseload_rows(agency, by)
    if format_ is Format.TABLE:
        Console().print(caseloads_table(counts))
        Console().print(plans_due_line(due, by))
    elif format_ is Format.CSV:
        _write(caseloads_csv(counts), output)
    elif format_ is Format.XLSX:
        _write(caseloads_xlsx(counts, by_agency, due), output)
    else:
        _write(_json_bytes(caseloads_json(counts, by_agency, due)), output)


@app.command("reviews-due")
def reviews_due(
    agency: Annotated[str | None, typer.Option(help="One agency's code")] = None,
    format_: Annotated[Format, typer.Option("--format")] = Format.TABLE,
    output: Output = None,
) -> None:
    """見直し期限超過: plans whose review date has passed without an evaluation."""
    _needs_a_file(format_, output)
    today = datetime.now(TOKYO).date()
    with open_ledger() as ledger:
        models = ReadModels.of(ledger)
        models.create_tables()
        _note_pending(models)
        models.follower().catch_up()
        due = models.caseloads.plans_due(today - timedelta(days=1), agency)
        due = named(due, staff_names(ledger.user_name, [p.worker for p in due]))
    if format_ is Format.TABLE:
        Console().print(reviews_due_table(due, today))
    elif format_ is Format.CSV:
        _write(reviews_due_csv(due), output)
    elif format_ is Format.XLSX:
        _write(reviews_due_xlsx(due), output)
    else:
        _write(_json_bytes(reviews_due_json(due, today)), output)


def _indicator_file(report: IndicatorReport, format_: Format) -> bytes:
    today = datetime.now(TOKYO).date()
    writers: dict[Format, Callable[[IndicatorReport], bytes]] = {
        Format.CSV: report_csv,
        Format.XLSX: partial(report_xlsx, output_on=today),
    }
    writer = writers.get(format_)
    return writer(report) if writer else _json_bytes(report_json(report))


def _caseload_rows(
    agency: str | None, by: date
) -> tuple[list[CaseloadCount], dict[str, int], list[PlanDue]]:
    """The caseloads caught up, with each worker's name looked up once."""
    with open_ledger() as ledger:
        models = ReadModels.of(ledger)
        models.create_tables()
        _note_pending(models)
        models.follower().catch_up()
        counts = models.caseloads.counts(agency)
        due = models.caseloads.plans_due(by, agency)
        workers = [c.worker for c in counts] + [p.worker for p in due]
        names = staff_names(ledger.user_name, workers)
        by_agency = models.caseloads.open_by_agency()
    return named(counts, names), by_agency, named(due, names)


def _needs_a_file(format_: Format, output: Path | None) -> None:
    if format_ is Format.XLSX and output is None:
        err.print("[red]xlsx needs --output FILE[/red]")
        raise typer.Exit(2)


def _note_pending(models: ReadModels) -> None:
    """A read model of an older version answers until it is rebuilt aside."""
    pending = models.pending()
    if pending:
        err.print(
            f"[yellow]rebuild pending for {', '.join(pending)}: reading the live "
            "tables; `jusou projections run` (or serve) rebuilds them aside[/yellow]"
        )


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode()


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    output.write_bytes(data)
    err.print(f"wrote {output} ({len(data):,} bytes)")


def _explain(report: IndicatorReport, indicator_id: str, output: Path | None) -> None:
    """The facts behind a figure to a file (they run to megabytes); the rule said."""
    try:
        explained = explain_json(report, indicator_id)
    except UnknownIndicatorError:
        err.print(f"[red]unknown indicator:[/red] {indicator_id}")
        raise typer.Exit(2) from None
    output = output or Path(f"explain-{indicator_id}-{report.fiscal_year}.json")
    _write(_json_bytes(explained), output)
    typer.echo(explained["how_counted"])
    typer.echo(f"内訳 {len(explained['events']):,} 件: {output}")
