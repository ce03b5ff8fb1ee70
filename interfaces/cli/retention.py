"""`jusou retention`: who is past the retention period (保存期間), and erasing them.

The periods are the city's (`JUSOU_RETENTION_FILE`, else the catalogue's
defaults). `due` lists person ids only, never names; `apply` erases exactly
those, skipping anyone whose case was reopened meanwhile, with a progress bar.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated
from uuid import UUID

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from application.access.policy import Action, check_role
from application.errors import ApplicationError
from application.people.retention import DuePerson, RetentionOutcome
from interfaces.cli.common import acting_user, load_settings, open_ledger

app = typer.Typer(
    help="保存期間 (retention): what is due, and erasing it", no_args_is_help=True
)
err = Console(stderr=True)
EXIT_NOT_CLEARED = 3


def _line(due: DuePerson) -> dict[str, str]:
    return {
        "person_id": str(due.person_id),
        "kind": due.rule.kind,
        "label_ja": due.rule.label_ja,
        "years": str(due.rule.years),
        "last_closed_on": due.last_closed_on.isoformat(),
        "due_on": due.due_on.isoformat(),
    }


@app.command()
def due(
    output: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """List the people whose every case is closed and past its period."""
    schedule = load_settings().retention
    with open_ledger() as ledger:
        found = ledger.retention_due(schedule)
    if output == "json":
        typer.echo(json.dumps([_line(d) for d in found], ensure_ascii=False, indent=2))
        return
    err.print(f"保存期間: {schedule.cited}; {len(found)} 名が期間満了")
    typer.echo("person_id\t記録の種別\t保存年数\t最後の終結日\t満了日")
    for d in found:
        typer.echo(
            f"{d.person_id}\t{d.rule.label_ja}\t{d.rule.years}\t"
            f"{d.last_closed_on}\t{d.due_on}"
        )


@app.command()
def apply(
    by: Annotated[UUID, typer.Option("--by", help="Your user id (an admin).")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
) -> None:
    """Erase everyone due (their keys destroyed for good); counts stay."""
    schedule = load_settings().retention
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)
        try:
            check_role(actor, Action.APPLY_RETENTION)
        except ApplicationError as exc:
            err.print(f"[red]実行できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
        count = len(ledger.retention_due(schedule))
        if count and not yes:
            typer.confirm(
                f"{count} 名を消去します (erase {count})。よろしいですか", abort=True
            )
        outcome = _with_bar(
            lambda advance: ledger.apply_retention(actor, schedule, advance)
        )
    err.print(
        f"erased {len(outcome.erased)}; skipped {len(outcome.skipped)} "
        "(a case open again)"
    )
    if not outcome.files_cleared:
        err.print("[yellow]the database files are not cleared yet: run[/yellow]")
        err.print("  jusou keys purge")
        raise typer.Exit(EXIT_NOT_CLEARED)


Advance = Callable[[int, int], None]


def _with_bar(run: Callable[[Advance], RetentionOutcome]) -> RetentionOutcome:
    columns = (TextColumn("消去 (erasing)"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("retention", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run(advance)
