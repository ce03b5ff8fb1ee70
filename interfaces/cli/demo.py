"""`jusou demo seed`: a synthetic but realistic fiscal year of the city.

Built through the ledger's own commands with the demo's clock and id factory
(same seed, same year), then the read models are caught up and, when a
signing key is configured, the ledger is sealed and checkpointed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from application.case_ledger import CaseLedger
from application.demo.clock import DemoClock, DemoIds
from application.demo.seeder import DemoSeeder, LedgerNotEmptyError, SeedSummary
from interfaces.cli.common import load_settings
from interfaces.cli.projections import catch_up_with_bar
from interfaces.config import Settings, sqlite_path
from projections.read_models import ReadModels

app = typer.Typer(help="デモデータ (demo data)", no_args_is_help=True)
err = Console(stderr=True)

# The seed is the only writer while it runs and stops at the first refusal,
# so the ledger may hand out cached aggregates without copying them.
DEMO_CACHE = {"AGGREGATE_CACHE_MAXSIZE": "5000", "DEEPCOPY_FROM_AGGREGATE_CACHE": "n"}


def demo_ledger(settings: Settings, clock: DemoClock, ids: DemoIds) -> CaseLedger:
    if settings.is_sqlite:
        Path(sqlite_path(settings.database_url)).parent.mkdir(
            parents=True, exist_ok=True
        )
    ledger = CaseLedger(
        {**settings.ledger_env(), **DEMO_CACHE},
        keyring=settings.keyring(),
        ids=ids,
        now=clock.now,
        today=clock.today,
    )
    ledger.create_tables()
    ledger.seed_registry()
    return ledger


def seed_with_bar(seeder: DemoSeeder) -> tuple[SeedSummary, float]:
    columns = (
        TextColumn("seed"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    started = time.perf_counter()
    with Progress(*columns, console=err) as bar:
        task = bar.add_task("seed", total=None)
        summary = seeder.run(
            lambda done, total: bar.update(task, completed=done, total=total)
        )
    return summary, time.perf_counter() - started


@app.command()
def seed(
    year: Annotated[int, typer.Option(min=2019, max=2100, help="年度")] = 2026,
    scale: Annotated[float, typer.Option(min=0.001, max=10.0)] = 1.0,
    seed: Annotated[int, typer.Option(help="Same seed, same year")] = 0,
) -> None:
    """Record a synthetic fiscal year of the city (fictional people only)."""
    settings = load_settings()
    clock, ids = DemoClock(), DemoIds(seed)
    ledger = demo_ledger(settings, clock, ids)
    try:
        seeder = DemoSeeder(ledger, clock, ids, year, scale, seed)
        seeder.check_empty()  # before any bar is shown
        summary, seconds = seed_with_bar(seeder)
        _tell(summary, seconds)
        models = ReadModels.of(ledger)
        models.create_tables()
        applied, took = catch_up_with_bar(models.follower(), "projections")
        err.print(f"projections caught up: {applied:,} events in {took:.1f} s")
        _seal(ledger, settings)
    except LedgerNotEmptyError as exc:
        _refused(exc)
    finally:
        ledger.close()


def _refused(exc: LedgerNotEmptyError) -> NoReturn:
    err.print(
        f"[red]{exc}[/red]: the demo seeds a database of its own, e.g. "
        "JUSOU_DATABASE_URL=sqlite:///var/demo.db jusou demo seed",
        soft_wrap=True,
    )
    raise typer.Exit(1) from None


def _tell(summary: SeedSummary, seconds: float) -> None:
    err.print(
        f"seeded FY{summary.fiscal_year} at scale {summary.scale}: "
        f"{summary.cases:,} cases, {summary.activities:,} activities, "
        f"{summary.meetings} meetings, {summary.events:,} events in {seconds:.1f} s "
        f"({summary.events / seconds:,.0f} events/s)",
        soft_wrap=True,
    )


def _seal(ledger: CaseLedger, settings: Settings) -> None:
    signer = settings.signer()
    if signer is None:
        err.print("no signing key configured: the ledger was not sealed")
        return
    checkpoint = ledger.seal_and_checkpoint(signer)
    err.print(f"sealed and checkpointed: tree size {checkpoint.tree_size:,}")
