"""`jusou forms render`: a printable form (帳票) to a file, as a member of staff.

A render is a read: the user named by `--user` must be an active member of
staff whom the policy lets read the case (or the meeting, for `minutes`),
and the render is recorded in the access log under that user before any
file is written.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated
from uuid import UUID

import typer
from rich.console import Console

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.errors import ApplicationError
from application.forms.model import Form, FormKind
from domain.catalogue import TOKYO
from domain.errors import DomainError
from interfaces.cli.common import open_ledger
from interfaces.forms.formats import FormFormat, file_name, render

app = typer.Typer(help="帳票 (printable forms): PDF or xlsx", no_args_is_help=True)
err = Console(stderr=True)


@app.command("render")
def render_form(  # noqa: PLR0917 (typer options)
    kind: Annotated[
        FormKind, typer.Argument(help="The form; `minutes` is a meeting's.")
    ],
    record_id: Annotated[UUID, typer.Argument(help="The case's id (a meeting's).")],
    user: Annotated[UUID, typer.Option(help="The reading member of staff's id.")],
    output: Annotated[Path, typer.Option(help="The file to write.")],
    format_: Annotated[FormFormat, typer.Option("--format")] = FormFormat.PDF,
    as_of: Annotated[
        str | None, typer.Option(help="ISO 8601 recording time; no offset = Tokyo.")
    ] = None,
    plan: Annotated[UUID | None, typer.Option(help="plan: which plan.")] = None,
    purpose: Annotated[str, typer.Option(help="Why (kept in the log).")] = "case_work",
) -> None:
    """Render KIND for a case (or, for `minutes`, a meeting) as of an instant."""
    moment = _moment(as_of)
    with open_ledger() as ledger:
        actor = _staff(ledger, user)
        try:
            form = _form(ledger, actor, kind, record_id, moment, plan, purpose)
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]出力できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    data = render(form, format_)
    output.write_bytes(data)
    err.print(f"wrote {output} ({len(data):,} bytes; {file_name(form, format_)})")


def _form(  # noqa: PLR0917
    ledger: CaseLedger,
    actor: Actor,
    kind: FormKind,
    record_id: UUID,
    as_of: datetime | None,
    plan: UUID | None,
    purpose: str,
) -> Form:
    if kind.of_meeting:
        return ledger.meeting_form(actor, record_id, as_of, purpose)
    return ledger.case_form(actor, record_id, kind, as_of, purpose, plan)


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        err.print(f"[red]--as-of is not ISO 8601:[/red] {text}")
        raise typer.Exit(2) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=TOKYO)


def _staff(ledger: CaseLedger, user_id: UUID) -> Actor:
    try:
        return ledger.actor_of(ledger.get_user(user_id))
    except ApplicationError:
        err.print(f"[red]{user_id} is not an active user[/red]")
        raise typer.Exit(1) from None
