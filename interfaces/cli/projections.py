"""`jusou projections`: run the read models as a worker, rebuild them, status."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from interfaces.cli.common import open_ledger
from projections.follower import Follower
from projections.live import follow
from projections.read_models import NAMES, ReadModels, UnknownProjectionError

app = typer.Typer(help="読み取りモデル (projections): run, rebuild, status")
err = Console(stderr=True)


@contextmanager
def read_models() -> Iterator[ReadModels]:
    with open_ledger() as ledger:
        models = ReadModels.of(ledger)
        models.create_tables()
        yield models


def catch_up_with_bar(follower: Follower, label: str) -> tuple[int, float]:
    """Catch up with a progress bar; returns notifications applied and seconds."""
    start_at = min(follower.positions().values())
    columns = (
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    started = time.perf_counter()
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task(label, total=None)

        def moved(position: int, head: int) -> None:
            bar.update(task, completed=position - start_at, total=head - start_at)

        applied = follower.catch_up(moved)
    return applied, time.perf_counter() - started


@app.command()
def run(
    batch_size: Annotated[int, typer.Option(min=1, max=10_000)] = 500,
) -> None:
    """Keep every read model up to date until stopped (Ctrl-C / SIGTERM)."""
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with read_models() as models:
        follower = models.follower(batch_size=batch_size)
        applied, seconds = catch_up_with_bar(follower, "catch-up")
        err.print(f"caught up: {applied:,} events in {seconds:.1f} s; following")
        follow(follower, stop)
    err.print("stopped")


@app.command()
def rebuild(
    name: Annotated[
        str | None, typer.Argument(help=f"One of {', '.join(NAMES)}; all if omitted.")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000)] = 1000,
) -> None:
    """Forget a read model and build it again from the first event."""
    names = NAMES if name is None else (name,)
    with read_models() as models:
        try:
            models.clear(names)
        except UnknownProjectionError as exc:
            err.print(f"[red]{exc}[/red]; known: {', '.join(NAMES)}")
            raise typer.Exit(2) from None
        follower = models.follower(names, batch_size)
        applied, seconds = catch_up_with_bar(follower, "rebuild")
    rate = applied / seconds if seconds else 0.0
    done = f"rebuilt {', '.join(names)}: {applied:,} events"
    err.print(f"{done} in {seconds:.1f} s ({rate:,.0f} events/s)", soft_wrap=True)


@app.command()
def status() -> None:
    """How far each read model has read the ledger."""
    with read_models() as models:
        head = models.source.head()
        table = Table("projection", "position", "behind")
        for name, position in models.follower().positions().items():
            table.add_row(name, f"{position:,}", f"{head - position:,}")
    Console().print(table)
