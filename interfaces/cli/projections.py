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
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from interfaces.cli.common import open_ledger
from projections.follower import Follower
from projections.live import Worker, keep_upgraded
from projections.read_models import NAMES, ReadModels, UnknownProjectionError
from projections.rebuild import Outcome
from projections.upgrade import ModelStatus

app = typer.Typer(help="読み取りモデル (projections): run, rebuild, status")
err = Console(stderr=True)


@contextmanager
def read_models() -> Iterator[ReadModels]:
    with open_ledger() as ledger:
        models = ReadModels.of(ledger)
        models.create_tables()
        yield models


def _bar() -> Progress:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    return Progress(*columns, TimeRemainingColumn(), console=err, transient=False)


def catch_up_with_bar(follower: Follower, label: str) -> tuple[int, float]:
    """Catch up with a progress bar; returns notifications applied and seconds."""
    start_at = min(follower.positions().values(), default=0)
    started = time.perf_counter()
    with _bar() as bar:
        task = bar.add_task(label, total=None)

        def moved(position: int, head: int) -> None:
            bar.update(task, completed=position - start_at, total=head - start_at)

        applied = follower.catch_up(moved)
    return applied, time.perf_counter() - started


class AsideBars:
    """A bar per rebuild aside (the models built together share one pass)."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, name: str, position: int, head: int) -> None:
        if name not in self.tasks:
            self.tasks[name] = self.bar.add_task(f"rebuild aside: {name}", total=head)
        self.bar.update(self.tasks[name], completed=position, total=head)


@app.command()
def run(
    batch_size: Annotated[int, typer.Option(min=1, max=10_000)] = 500,
) -> None:
    """Keep every read model up to date until stopped (Ctrl-C / SIGTERM).

    A read model of a newer version than the live one is rebuilt aside first,
    while the live one is followed; the switch is one transaction.
    """
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with read_models() as models:
        follower = models.follower(batch_size=batch_size)
        applied, seconds = catch_up_with_bar(follower, "catch-up")
        err.print(f"caught up: {applied:,} events in {seconds:.1f} s; following")
        worker = Worker.following(follower)
        worker.start()
        with _bar() as bar:
            keep_upgraded(models, stop, AsideBars(bar))
        while not stop.wait(0.5):
            pass
        worker.stop()
    err.print("stopped")


@app.command()
def rebuild(
    name: Annotated[
        str | None, typer.Argument(help=f"One of {', '.join(NAMES)}; all if omitted.")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000)] = 1000,
) -> None:
    """Build a read model again from the first event, aside; then switch to it."""
    names = NAMES if name is None else (name,)
    started = time.perf_counter()
    with read_models() as models, _bar() as bar:
        try:
            done = models.rebuild(names, batch_size, AsideBars(bar))
        except UnknownProjectionError as exc:
            err.print(f"[red]{exc}[/red]; known: {', '.join(NAMES)}")
            raise typer.Exit(2) from None
    seconds = time.perf_counter() - started
    switched = [n for n, o in done.outcomes.items() if o is Outcome.SWITCHED]
    rate = done.applied / seconds if seconds else 0.0
    summary = f"rebuilt {', '.join(switched) or 'nothing'}: {done.applied:,} events"
    err.print(f"{summary} in {seconds:.1f} s ({rate:,.0f} events/s)", soft_wrap=True)
    others = [f"{n}: {o.value}" for n, o in done.outcomes.items() if n not in switched]
    if others:
        err.print(f"[yellow]not switched: {', '.join(others)}[/yellow]")
        raise typer.Exit(1)


@app.command()
def status() -> None:
    """Versions (code and stored), positions, lag and pending rebuilds."""
    with read_models() as models:
        found = models.status()
    columns = ("projection", "code version", "stored version", "tables", "position")
    table = Table(*columns, "behind", "rebuild")
    for model in found:
        table.add_row(*_row(model))
    Console().print(table)


def _row(model: ModelStatus) -> tuple[str, ...]:
    live = model.live
    stored = f"{live.version}" if live.number else "0 (before versions)"
    return (
        model.name,
        str(model.code_version),
        stored,
        live.suffix or "unsuffixed",
        f"{model.position:,}",
        f"{model.lag:,}",
        model.state,
    )
