"""`jusou person`: the person's rights (本人の権利) at the command line.

`export` makes the copy of all that is held (開示) for a request; the other
rights' commands (訂正, 利用停止) are in `person_rights.py`, on this app.

The same two-person acts as `/v1/people/{id}/erasure-requests`: `erase`
records a request by the user named with `--by`; a different user with the
admin role runs `approve-erasure` (or `refuse-erasure`). The policy and the
domain check both, as over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar
from uuid import UUID

import typer
from rich.console import Console

from application.access.policy import Action, check_role
from application.errors import ApplicationError
from application.people.disclosure_copy import DisclosureCopy
from domain.errors import DomainError
from interfaces.cli.common import acting_user, open_ledger
from interfaces.forms.disclosure_pdf import copy_pdf
from interfaces.person_cases import person_cases
from projections.read_models import ReadModels

app = typer.Typer(
    help="本人 (the person) and their rights: 開示・訂正・利用停止・消去; 名寄せ",
    no_args_is_help=True,
)
err = Console(stderr=True)
EXIT_NOT_CLEARED = 3
T = TypeVar("T")

PersonId = Annotated[UUID, typer.Argument(help="The person's id (person_id).")]
RequestId = Annotated[UUID, typer.Argument(help="The request's id.")]
By = Annotated[UUID, typer.Option("--by", help="Your user id (kept on the event).")]


def _refusable(act: Callable[[], T], what: str) -> T:
    try:
        return act()
    except (DomainError, ApplicationError) as exc:
        err.print(f"[red]{what}できません (refused):[/red] {exc}")
        raise typer.Exit(1) from None


@app.command()
def erase(
    person_id: PersonId,
    reason: Annotated[str, typer.Option(help="The ground, without personal details.")],
    request_ref: Annotated[str, typer.Option(help="The city's reference (受付番号).")],
    by: By,
) -> None:
    """Record a request to erase (消去請求); another admin approves it."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def request() -> tuple[UUID, int]:
            check_role(actor, Action.REQUEST_ERASURE)
            return ledger.request_erasure(actor, person_id, request_ref, reason)

        request_id, _ = _refusable(request, "受付")
    err.print(
        "request recorded; a different admin approves it with:\n"
        f"  jusou person approve-erasure {person_id} {request_id} --by ADMIN_USER_ID"
    )
    typer.echo(request_id)


@app.command("approve-erasure")
def approve_erasure(person_id: PersonId, request_id: RequestId, by: By) -> None:
    """Approve another user's request: the person is erased, their key destroyed."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def approve() -> bool:
            check_role(actor, Action.ANSWER_ERASURE)
            return ledger.approve_erasure(actor, person_id, request_id).files_cleared

        cleared = _refusable(approve, "承認")
    err.print(f"person {person_id} erased (消去済み); their key is destroyed")
    if not cleared:
        err.print("[yellow]the database files are not cleared yet: run[/yellow]")
        err.print("  jusou keys purge")
        raise typer.Exit(EXIT_NOT_CLEARED)


@app.command("refuse-erasure")
def refuse_erasure(
    person_id: PersonId,
    request_id: RequestId,
    reason: Annotated[str, typer.Option(help="Why the request is refused.")],
    by: By,
) -> None:
    """Refuse the request (不承認), with the reason; nothing is erased."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def refuse() -> int:
            check_role(actor, Action.ANSWER_ERASURE)
            return ledger.refuse_erasure(actor, person_id, request_id, reason)

        _refusable(refuse, "不承認に")
    err.print(f"request {request_id} refused")


@app.command()
def requests(person_id: PersonId) -> None:
    """List the person's erasure requests and their answers (tab-separated)."""
    with open_ledger() as ledger:
        found = _refusable(lambda: ledger.erasure_requests(person_id), "表示")
    labels = {
        "pending": "承認待ち",
        "approved": "承認（消去済み）",
        "refused": "不承認",
    }
    typer.echo("受付番号\t状態\t受付日\t請求の記録者\t回答日\t回答者\t理由")
    for r in found:
        answered = str(r.answered_on or "-")
        status = labels.get(r.status, r.status)
        typer.echo(
            f"{r.request_ref}\t{status}\t{r.requested_on}\t{r.requested_by}\t"
            f"{answered}\t{r.answered_by or '-'}\t{r.reason}"
        )


class CopyFormat(StrEnum):
    """The copy as data (json) or on paper (pdf: A4, Japanese, font embedded)."""

    JSON = "json"
    PDF = "pdf"


@app.command()
def export(
    person_id: PersonId,
    request: Annotated[str, typer.Option(help="The request's reference (受付番号).")],
    output: Annotated[Path, typer.Option(help="The file to write the copy to.")],
    by: By,
    format: Annotated[CopyFormat, typer.Option(help="json or pdf")] = CopyFormat.PDF,
) -> None:
    """Make the copy of all that is held (開示) and record it handed over today.

    The request is recorded if its reference is new; third parties' personal
    data is marked in the copy, never shown. Only an admin (the city's officer).
    """
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def make() -> DisclosureCopy:
            check_role(actor, Action.DISCLOSE_COPY)
            request_id = ledger.disclose_on_request(actor, person_id, request)
            return ledger.disclosure_copy(actor, person_id, request_id)

        copy = _refusable(make, "開示")
    if format is CopyFormat.PDF:
        output.write_bytes(copy_pdf(copy))
    else:
        output.write_text(json.dumps(copy.content, ensure_ascii=False, indent=2))
    err.print(f"開示の写しを {output} に作成しました (disclosed on {copy.made_on})")


@app.command()
def merge(
    survivor: Annotated[UUID, typer.Argument(help="The record that remains.")],
    absorbed: Annotated[UUID, typer.Argument(help="The record merged into it.")],
    by: By,
) -> None:
    """名寄せ: merge two records of one person (a supervisor holding a case on each)."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)
        models = ReadModels.of(ledger)
        models.create_tables()
        models.follower(["caseloads"]).catch_up()  # the person's cases, now

        def do_merge() -> int:
            check_role(actor, Action.MERGE_PERSONS)
            cases = person_cases(models, actor)
            return ledger.merge_persons(actor, survivor, absorbed, cases)

        version = _refusable(do_merge, "名寄せ")
    err.print(f"{absorbed} merged into {survivor} (名寄せ済み): version {version}")


@app.command("index-matches")
def index_matches() -> None:
    """Index everyone held for duplicate checks (once after an upgrade; re-runnable)."""
    with open_ledger() as ledger:
        indexed = ledger.index_people()
    err.print(f"{indexed} people indexed (照合索引)")
    typer.echo(indexed)
