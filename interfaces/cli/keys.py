"""`jusou keys`: the key table, master-key rotation, purging, signing-key history.

Rotating the master key (docs/erasure-and-keys.md): start every process with
`JUSOU_MASTER_KEY` = the new key and `JUSOU_PREVIOUS_MASTER_KEY` = the old one,
run `jusou keys rotate-master` (resumable; the service keeps running), and
once it reports nothing left, drop the previous key from the configuration.
"""

from __future__ import annotations

import json
from pathlib import Path
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

from application.integrity.key_history import KeyHistory
from application.people.keys import derive_keys, wrap_id_of
from application.people.rotation import RotationReport
from interfaces.cli.common import load_settings, open_ledger

app = typer.Typer(
    help="鍵 (keys): status, master-key rotation, purge, signing-key history",
    no_args_is_help=True,
)
err = Console(stderr=True)
EXIT_NOT_DONE = 3


@app.command()
def status() -> None:
    """How many keys each master key wraps, and how many are destroyed."""
    settings = load_settings()
    current = wrap_id_of(derive_keys(settings.master_key).wrapping_key)
    previous = None
    if settings.previous_master_key:
        previous = wrap_id_of(derive_keys(settings.previous_master_key).wrapping_key)
    with open_ledger() as ledger:
        census = ledger.key_census()
    names = {current: "the master key (JUSOU_MASTER_KEY)"}
    if previous:
        names[previous] = "the previous master key (JUSOU_PREVIOUS_MASTER_KEY)"
    for wrap_id, count in sorted(census.by_wrap_id.items(), key=lambda i: -i[1]):
        name = names.get(wrap_id or "", "another key, or one of before wrap ids")
        typer.echo(f"{count}\tkeys wrapped by {name} [{wrap_id or '-'}]")
    typer.echo(f"{census.destroyed}\tkeys destroyed (erased people)")


@app.command("rotate-master")
def rotate_master(
    batch: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
) -> None:
    """Re-wrap every key under the new master key; run again to continue."""
    if not load_settings(check=False).previous_master_key:
        err.print(
            "[red]set JUSOU_MASTER_KEY to the new key and "
            "JUSOU_PREVIOUS_MASTER_KEY to the old one[/red]"
        )
        raise typer.Exit(2)
    columns = (
        TextColumn("re-wrapping"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with open_ledger() as ledger, Progress(*columns, console=err) as bar:
        task = bar.add_task("rotate", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        report = ledger.rotate_master_key(advance, batch)
    _explain(report)


def _explain(report: RotationReport) -> None:
    err.print(f"re-wrapped {report.rewrapped} keys; {report.remaining} left")
    if report.remaining:
        err.print(
            "[yellow]keys are still wrapped by another key: is a process running "
            "with the old key as its master key? Restart it with both keys and "
            "run this again.[/yellow]"
        )
    if not report.files_cleared:
        err.print("[yellow]old wrappings remain in the files: run[/yellow]")
        err.print("  jusou keys purge")
    if report.remaining or not report.files_cleared:
        raise typer.Exit(EXIT_NOT_DONE)
    err.print("done: JUSOU_PREVIOUS_MASTER_KEY may now be removed everywhere")


@app.command()
def purge() -> None:
    """Clear destroyed keys and old wrappings from the database files."""
    with open_ledger() as ledger:
        cleared = ledger.purge_keys()
    if not cleared:
        err.print("[yellow]readers kept the write-ahead log open: try again[/yellow]")
        raise typer.Exit(EXIT_NOT_DONE)
    err.print("the key table's files are cleared")


@app.command("signing-history")
def signing_history(
    previous: Annotated[
        Path | None, typer.Option(help="The history published before (JSON).")
    ] = None,
) -> None:
    """Print the signing-key history the stored checkpoints show (publish it)."""
    settings = load_settings()
    signer = settings.signer()
    with open_ledger() as ledger:
        history = ledger.signing_key_history(signer.public_key if signer else None)
    if previous is not None:
        published = _published(previous)
        disagreements = history.disagreements(published)
        if disagreements:
            for line in disagreements:
                err.print(f"[red]the stored checkpoints disagree with {line}[/red]")
            raise typer.Exit(1)
    typer.echo(json.dumps(history.to_json(), indent=2))


def _published(path: Path) -> KeyHistory:
    try:
        return KeyHistory.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        err.print(f"[red]cannot read the key history {path}:[/red] {exc}")
        raise typer.Exit(2) from None
