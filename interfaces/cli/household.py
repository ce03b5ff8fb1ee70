"""`jusou household …`: households (世帯) at the command line, as a member of staff.

The acting user (`--user`) is judged by the same access policy as over REST
(a household its agency may not know of is "not found"), a refusal is one
line and exit 1, and `show` is a read: it is logged first, and names only
the members the user has a basis for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated
from uuid import UUID

import typer
from rich.console import Console
from rich.table import Table

from application.access.actor import Actor
from application.access.policy import Action, authorise
from application.case_ledger import CaseLedger
from application.cases.forms import PersonForm
from application.errors import ApplicationError
from application.households.forms import MemberForm
from domain.errors import DomainError
from interfaces.cli.common import open_ledger

app = typer.Typer(
    help="世帯 (households): form one, register a member, end a membership, "
    "correct a 続柄, show the members",
    no_args_is_help=True,
)
out, err = Console(), Console(stderr=True, soft_wrap=True)
User = Annotated[UUID, typer.Option(help="The acting member of staff's user id.")]
On = Annotated[date | None, typer.Option(help="The business date (default today).")]
Code = Annotated[str, typer.Option(help="続柄 (GET /v1/relationships): child, …")]
Purpose = Annotated[str, typer.Option(help="閲覧目的, kept in the access log")]
WITHHELD = "（閲覧の権限がありません）"


def _run(user: UUID, do: Callable[[CaseLedger, Actor], str]) -> None:
    """Run `do` as `user`; print what it answers, or the refusal in one line."""
    with open_ledger() as ledger:
        try:
            said = do(ledger, ledger.actor_of(ledger.get_user(user)))
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    out.print(said)


def _keeper(ledger: CaseLedger, actor: Actor, household_id: UUID) -> None:
    ledger.authorise_household(actor, Action.MANAGE_HOUSEHOLD, household_id)


@app.command()
def form(user: User, on: On = None) -> None:
    """Form a household kept by the user's agency; prints its id."""

    def do(ledger: CaseLedger, actor: Actor) -> str:
        authorise(actor, Action.FORM_HOUSEHOLD)
        return str(ledger.form_household(actor, on or ledger.today())[0])

    _run(user, do)


@app.command("add-member")
def add_member(  # noqa: PLR0917 (typer options)
    household_id: UUID,
    user: User,
    name: Annotated[str, typer.Option(help="氏名 of the member")],
    relationship: Code,
    birth_date: Annotated[date | None, typer.Option()] = None,
    since: On = None,
) -> None:
    """Register a member under their own key; prints their person id."""

    def do(ledger: CaseLedger, actor: Actor) -> str:
        _keeper(ledger, actor, household_id)
        member = MemberForm(
            PersonForm(name, birth_date=birth_date),
            relationship,
            since or ledger.today(),
        )
        return str(ledger.add_member(actor, household_id, member)[0])

    _run(user, do)


@app.command()
def leave(household_id: UUID, person_id: UUID, user: User, until: On = None) -> None:
    """End a membership: `until` is the member's last day in the household."""

    def do(ledger: CaseLedger, actor: Actor) -> str:
        _keeper(ledger, actor, household_id)
        last = until or ledger.today()
        version = ledger.end_membership(actor, household_id, person_id, last)
        return f"recorded: version {version}"

    _run(user, do)


@app.command()
def relationship(household_id: UUID, person_id: UUID, user: User, to: Code) -> None:
    """Correct a current member's 続柄."""

    def do(ledger: CaseLedger, actor: Actor) -> str:
        _keeper(ledger, actor, household_id)
        version = ledger.correct_relationship(actor, household_id, person_id, to)
        return f"recorded: version {version}"

    _run(user, do)


@app.command()
def show(
    household_id: UUID,
    user: User,
    purpose: Purpose = "case_work",
) -> None:
    """The members this user may see (the read is logged first)."""
    with open_ledger() as ledger:
        try:
            actor = ledger.actor_of(ledger.get_user(user))
            view = ledger.read_household(actor, household_id, purpose)
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]できません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    table = Table("person_id", "続柄", "since", "until", "氏名", title="世帯員")
    for m in view.members:
        until = "" if m.until is None else m.until.isoformat()
        name = m.name if m.name is not None else WITHHELD
        table.add_row(
            str(m.person_id), m.relationship_ja, m.since.isoformat(), until, name
        )
    out.print(table)
