"""`jusou report`: the plan's indicators and the caseloads (no personal data)."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from domain.catalogue import PROJECT_LABELS_JA, TOKYO, UnknownIndicatorError
from interfaces.cli.projections import read_models
from interfaces.report_formats import (
    MONTHS_JA,
    STATUS_LABELS_JA,
    caseloads_csv,
    caseloads_json,
    explain_json,
    plan_text,
    ratio_text,
    report_csv,
    report_json,
    report_xlsx,
    target_text,
)
from projections.indicator_report import IndicatorReport
from projections.read_models import ReadModels

app = typer.Typer(help="報告 (reports): indicators, caseloads", no_args_is_help=True)
err = Console(stderr=True)


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"


@app.command()
def indicators(  # noqa: PLR0917 (typer options)
    fiscal_year: Annotated[int, typer.Option(min=2019, max=2100, help="年度")],
    format_: Annotated[Format, typer.Option("--format")] = Format.TABLE,
    output: Annotated[Path | None, typer.Option(help="Write to this file")] = None,
    explain: Annotated[str | None, typer.Option(help="An indicator id")] = None,
    monthly: Annotated[bool, typer.Option(help="Also the monthly table")] = False,
    catch_up: Annotated[bool, typer.Option(help="Catch the views up first")] = True,
) -> None:
    """評価指標の実績: actual against target for every indicator of a fiscal year."""
    with read_models() as models:
        _note_pending(models)
        if catch_up:
            models.follower().catch_up()
        report = models.indicator_report(fiscal_year)
    if explain is not None:
        _explain(report, explain)
    elif format_ is Format.TABLE:
        _table(report, monthly)
    elif format_ is Format.XLSX and output is None:
        err.print("[red]xlsx needs --output FILE[/red]")
        raise typer.Exit(2)
    else:
        writers = {Format.CSV: report_csv, Format.XLSX: report_xlsx}
        data = writers.get(format_, _json_bytes)(report)
        _write(data, output)


@app.command()
def caseloads(
    agency: Annotated[str | None, typer.Option(help="One agency's code")] = None,
    within_days: Annotated[int, typer.Option(min=0, max=366)] = 30,
    format_: Annotated[Format, typer.Option("--format")] = Format.TABLE,
    output: Annotated[Path | None, typer.Option()] = None,
) -> None:
    """担当ケース数: open cases by agency, worker, field and status; plans due."""
    by = datetime.now(TOKYO).date() + timedelta(days=within_days)
    with read_models() as models:
        _note_pending(models)
        models.follower().catch_up()
        counts = models.caseloads.counts(agency)
        due = models.caseloads.plans_due(by, agency)
        by_agency = models.caseloads.open_by_agency()
    if format_ is Format.CSV:
        _write(caseloads_csv(counts), output)
    elif format_ is not Format.TABLE:
        text = json.dumps(caseloads_json(counts, by_agency, due), ensure_ascii=False)
        _write(text.encode(), output)
    else:
        table = Table("機関", "担当者ID", "分野", "状況", "件数", title="担当ケース数")
        for c in counts:
            status = STATUS_LABELS_JA.get(c.status, c.status)
            table.add_row(c.agency, c.worker[:8], c.field, status, str(c.cases))
        Console().print(table)
        Console().print(f"見直し期限が {by} までのプラン: {len(due)} 件")


def _note_pending(models: ReadModels) -> None:
    """A read model of an older version answers until it is rebuilt aside."""
    pending = models.pending()
    if pending:
        err.print(
            f"[yellow]rebuild pending for {', '.join(pending)}: reading the live "
            "tables; `jusou projections run` (or serve) rebuilds them aside[/yellow]"
        )


def _json_bytes(report: IndicatorReport) -> bytes:
    return json.dumps(report_json(report), ensure_ascii=False, indent=2).encode()


def _write(data: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    output.write_bytes(data)
    err.print(f"wrote {output} ({len(data):,} bytes)")


def _table(report: IndicatorReport, monthly: bool) -> None:
    table = Table(
        title=f"{report.label_ja} 評価指標の実績 (position {report.position})"
    )
    for column in ("#", "事業", "指標", "単位", "目標", "実績", "達成率", "参考計画"):
        table.add_column(column, overflow="fold")
    for line in report.lines:
        ind, ratio = line.indicator, line.ratio
        style = "" if ratio is None else "green" if ratio >= 1 else "yellow"
        table.add_row(
            str(ind.number),
            PROJECT_LABELS_JA[ind.project].removesuffix("事業"),
            ind.label_ja,
            ind.unit_ja,
            target_text(line),
            f"{line.actual:,}",
            ratio_text(ratio),
            plan_text(line) if line.target is None else "",
            style=style,
        )
    Console().print(table)
    if monthly:
        _monthly(report)


def _monthly(report: IndicatorReport) -> None:
    months = Table("#", *MONTHS_JA, title="月別")
    for line in report.lines:
        months.add_row(str(line.indicator.number), *(f"{v:,}" for v in line.monthly))
    Console().print(months)


def _explain(report: IndicatorReport, indicator_id: str) -> None:
    try:
        explained = explain_json(report, indicator_id)
    except UnknownIndicatorError:
        err.print(f"[red]unknown indicator:[/red] {indicator_id}")
        raise typer.Exit(2) from None
    typer.echo(json.dumps(explained, ensure_ascii=False, indent=2))
