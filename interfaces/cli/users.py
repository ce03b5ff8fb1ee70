"""`jusou users`: staff accounts and their tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated
from uuid import UUID

import typer
from rich.console import Console
from rich.table import Table

from application.errors import ApplicationError
from domain.errors import DomainError
from domain.user import Role
from interfaces.cli.common import open_ledger
from projections.caseload_lists import StaffRow
from projections.read_models import ReadModels

app = typer.Typer(help="利用者とトークン (users and API tokens)", no_args_is_help=True)
err = Console(stderr=True)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Display name of the member of staff.")],
    agency: Annotated[str, typer.Option(help="Agency code, e.g. chuo_houkatsu.")],
    role: Annotated[Role, typer.Option(help="caseworker, supervisor, auditor, …")],
) -> None:
    """Register a user and print their token ONCE (only its hash is stored)."""
    with open_ledger() as ledger:
        try:
            user_id, token = ledger.add_user(name, agency, role.value)
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]登録できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    err.print(f"user {user_id} ({role.value} @ {agency}); the token, shown once:")
    typer.echo(token)


@app.command("list")
def list_() -> None:
    """利用者一覧: every user with name, agency, role and whether active."""
    table = Table("user_id", "氏名 (name)", "機関 (agency)", "権限 (role)", "有効")
    with open_ledger() as ledger:
        models = ReadModels.of(ledger)
        models.create_tables()
        models.upgrade()  # the staff list is kept from caseloads version 3 on
        models.follower(["caseloads"]).catch_up()
        for row in _every(models.caseloads.staff):
            user = ledger.get_user(UUID(row.user_id))
            active = "yes" if user.is_active else "no"
            table.add_row(row.user_id, user.name, row.agency, row.role, active)
    Console().print(table)


def _every(rows: Callable[[str, int], list[StaffRow]]) -> Iterator[StaffRow]:
    after = ""
    while found := rows(after, 500):
        yield from found
        after = found[-1].user_id


@app.command("deactivate")
def deactivate(
    user_id: Annotated[UUID, typer.Argument(help="The user's id.")],
    reason: Annotated[str, typer.Option(help="Why (kept in the history).")] = "left",
) -> None:
    """Deactivate a user: their tokens stop working at once."""
    with open_ledger() as ledger:
        try:
            ledger.deactivate_user(user_id, reason)
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]停止できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    err.print(f"user {user_id} deactivated")
