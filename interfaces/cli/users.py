"""`jusou users`: staff accounts and their tokens."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import typer
from rich.console import Console

from application.errors import ApplicationError
from domain.errors import DomainError
from domain.user import Role
from interfaces.cli.common import open_ledger

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
