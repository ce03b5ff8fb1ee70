"""`jusou person request | rights | correct | note | suspend | lift | refuse`.

The person's rights other than the copy (`export`, in `person.py`) and
erasure: each request recorded with the city's reference, each answer by
the user named with `--by`, judged by the same policy as over REST (the
city's officer, an admin, or a supervisor of an agency holding one of the
person's cases). `install` adds them to `jusou person`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Annotated, Any
from uuid import UUID

import typer

from application.access.policy import Action, check_role
from application.cases.forms import PersonForm
from application.people.rights import NoteForm
from domain.case_corrections import CorrectedRecord
from domain.person import Person
from domain.person_rights import RightKind
from interfaces.cli.common import acting_user, open_ledger
from interfaces.cli.person import By, PersonId, RequestId, _refusable, err

IDENTITY_FIELDS = frozenset({"name", "name_kana", "birth_date", "address", "phone"})
Reason = Annotated[str, typer.Option(help="The reason, without personal details.")]
STATUS_JA = {
    "pending": "回答待ち",
    "disclosed": "開示済み",
    "corrected": "訂正済み",
    "suspended": "利用停止中",
    "lifted": "停止解除",
    "refused": "不開示・不訂正・不停止",
}
KIND_JA = {"disclosure": "開示", "correction": "訂正", "suspension": "利用停止"}


def request(
    person_id: PersonId,
    kind: Annotated[RightKind, typer.Option(help="Which right is invoked.")],
    request_ref: Annotated[str, typer.Option(help="The city's reference (受付番号).")],
    by: By,
) -> None:
    """Record a request (開示・訂正・利用停止請求の受付); prints its id."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def record() -> tuple[UUID, int]:
            check_role(actor, Action.HANDLE_RIGHTS)
            return ledger.request_right(actor, person_id, kind.value, request_ref)

        request_id, _ = _refusable(record, "受付")
    typer.echo(request_id)


def rights(person_id: PersonId, by: By) -> None:
    """List the person's requests and their answers (tab-separated)."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)
        found = _refusable(lambda: ledger.rights_requests(actor, person_id), "表示")
    typer.echo("請求ID\t受付番号\t種類\t状態\t受付日\t受付者\t回答日\t回答者")
    for r in found:
        typer.echo(
            f"{r.request_id}\t{r.request_ref}\t{KIND_JA.get(r.kind, r.kind)}\t"
            f"{STATUS_JA.get(r.status, r.status)}\t{r.requested_on}\t"
            f"{r.requested_by}\t{r.answered_on or '-'}\t{r.answered_by or '-'}"
        )


def correct(
    person_id: PersonId,
    request_id: RequestId,
    identity: Annotated[
        typer.FileText,
        typer.Option(help="JSON of the fields to correct ('-': standard input)."),
    ],
    by: By,
) -> None:
    """Correct the identity (訂正); fields not in the JSON keep their value.

    The values come from a file or standard input, never from an option, so
    that personal data stays out of the shell's history. Fields: name,
    name_kana, birth_date (YYYY-MM-DD), address, phone.
    """
    changes = _changes(identity.read())
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def corrected() -> int:
            check_role(actor, Action.HANDLE_RIGHTS)
            form = replace(_form(ledger.get_person(person_id)), **changes)
            return ledger.correct_identity(actor, person_id, request_id, form)

        _refusable(corrected, "訂正")
    err.print(f"person {person_id} corrected (訂正済み); the history keeps the past")


def note(  # noqa: PLR0917 (the note's facts)
    case_id: Annotated[UUID, typer.Argument(help="The case holding the record.")],
    request_id: RequestId,
    record: Annotated[CorrectedRecord, typer.Option(help="Which kind of record.")],
    record_id: Annotated[UUID, typer.Option(help="Its id (the case's: summary).")],
    text: Annotated[
        typer.FileText,
        typer.Option("--note", help="The corrected statement ('-': standard input)."),
    ],
    by: By,
) -> None:
    """Add a correction note (訂正の付記) to a recorded text; prints its id."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)
        form = NoteForm(request_id, record.value, record_id, text.read().strip())

        def noted() -> tuple[UUID, int]:
            check_role(actor, Action.HANDLE_RIGHTS)
            return ledger.add_correction_note(actor, case_id, form)

        note_id, _ = _refusable(noted, "付記")
    typer.echo(note_id)


def suspend(person_id: PersonId, request_id: RequestId, by: By) -> None:
    """Suspend the use (利用停止): only this request's handlers read on."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def suspended() -> int:
            check_role(actor, Action.HANDLE_RIGHTS)
            return ledger.suspend_use(actor, person_id, request_id)

        _refusable(suspended, "利用停止")
    err.print(f"person {person_id}: use suspended (利用停止中)")


def lift(person_id: PersonId, reason: Reason, by: By) -> None:
    """Lift the suspension (利用停止の解除), with the reason."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def lifted() -> int:
            check_role(actor, Action.HANDLE_RIGHTS)
            return ledger.lift_suspension(actor, person_id, reason)

        _refusable(lifted, "解除")
    err.print(f"person {person_id}: suspension lifted (解除)")


def refuse(person_id: PersonId, request_id: RequestId, reason: Reason, by: By) -> None:
    """Refuse the request (不開示・不訂正・不停止), with the reason."""
    with open_ledger() as ledger:
        actor = acting_user(ledger, by, err)

        def refused() -> int:
            check_role(actor, Action.HANDLE_RIGHTS)
            return ledger.refuse_right(actor, person_id, request_id, reason)

        _refusable(refused, "不開示等の決定")
    err.print(f"request {request_id} refused")


def _changes(text: str) -> dict[str, Any]:
    """The fields to correct, from JSON; a wrong field or value exits 1."""
    try:
        found = _parsed(text)
    except ValueError as exc:
        err.print(f"[red]読めません (not a correction):[/red] {exc}")
        raise typer.Exit(1) from None
    return found


def _parsed(text: str) -> dict[str, Any]:
    found = json.loads(text)
    if not isinstance(found, dict) or not set(found) <= IDENTITY_FIELDS:
        raise ValueError(f"the fields are {', '.join(sorted(IDENTITY_FIELDS))}")
    if found.get("birth_date"):
        found["birth_date"] = date.fromisoformat(found["birth_date"])
    return found


def _form(person: Person) -> PersonForm:
    """The identity as held, as the form a correction starts from."""
    identity = person.identity

    def text(value: object) -> str | None:
        return getattr(value, "text", None)

    birth = text(identity.birth_date)
    return PersonForm(
        identity.name.text,
        text(identity.name_kana),
        date.fromisoformat(birth) if birth else None,
        text(identity.address),
        text(identity.phone),
    )


def install(app: typer.Typer) -> None:
    """Add these commands to `jusou person`."""
    for command in (request, rights, correct, note, suspend, lift, refuse):
        app.command()(command)
