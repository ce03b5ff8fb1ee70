"""`jusou audit`: case histories, checkpoints and verification of the ledger."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from uuid import UUID

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.errors import ApplicationError
from application.integrity.checkpoint import Checkpoint, Signer
from application.integrity.findings import Report
from application.integrity.key_history import KeyHistory
from domain.catalogue import TOKYO
from domain.errors import DomainError
from domain.user import Role
from interfaces.cli.common import load_settings, open_ledger
from interfaces.config import Settings

app = typer.Typer(
    help="監査 (audit): history, checkpoints, verify", no_args_is_help=True
)
err = Console(stderr=True)
# Who reads through the command line when no auditor is named: kept in the
# access log under this fixed id, agency "system".
COMMAND_LINE = Actor(UUID(int=0), "system", Role.AUDITOR.value)


@app.command()
def history(
    case_id: Annotated[UUID, typer.Argument(help="The case's id.")],
    as_of: Annotated[
        str | None, typer.Option(help="ISO 8601 recording time; no offset = Tokyo.")
    ] = None,
    auditor: Annotated[
        UUID | None, typer.Option(help="The auditor's user id, for the access log.")
    ] = None,
    purpose: Annotated[str, typer.Option(help="Why (kept in the log).")] = "audit",
) -> None:
    """Print every event of a case and its state as of a moment (JSON)."""
    moment = _moment(as_of)
    with open_ledger() as ledger:
        actor = _auditor(ledger, auditor)
        try:
            found = ledger.case_history(actor, case_id, moment, purpose)
        except (DomainError, ApplicationError) as exc:
            err.print(f"[red]読めません (refused):[/red] {exc}")
            raise typer.Exit(1) from None
    if moment is not None and not found.events:
        _why_empty(moment)
    typer.echo(json.dumps(_plain(vars(found)), ensure_ascii=False, indent=2))


def _why_empty(moment: datetime) -> None:
    err.print(
        "この時点までに記録はありません "
        f"(nothing was recorded by {moment.isoformat()}): the case's first"
        " event was recorded later, so it had no state then;"
        " give a later --as-of, or none for now",
        soft_wrap=True,
    )


@app.command()
def checkpoint() -> None:
    """Seal what is pending, sign a checkpoint and print it: keep it elsewhere."""
    settings = load_settings()
    signer = settings.signer()
    if signer is None:
        err.print("[red]no signing key (JUSOU_SIGNING_KEY)[/red]")
        raise typer.Exit(2)
    ledger = _undecoded(settings)
    try:
        made = ledger.seal_and_checkpoint(signer)
    finally:
        ledger.close()
    typer.echo(json.dumps(made.to_json(), indent=2))


@app.command()
def verify(
    against: Annotated[
        Path | None, typer.Option(help="A checkpoint kept outside (JSON).")
    ] = None,
    public_key: Annotated[
        str | None, typer.Option(help="Ed25519 key, base64; default: configured.")
    ] = None,
    key_history: Annotated[
        Path | None,
        typer.Option(help="The published signing-key history (JSON), after rotation."),
    ] = None,
) -> None:
    """Recompute every leaf, root and proof; exit 0 when intact, 1 otherwise."""
    settings = load_settings()
    history = _history(key_history) if key_history is not None else None
    key = b"" if history else _public_key(public_key, settings.signer())
    kept = _kept(against) if against is not None else None
    ledger = _undecoded(settings)
    try:
        report = _verify(ledger, key, kept, history)
    finally:
        ledger.close()
    _print(report)
    raise typer.Exit(0 if report.intact else 1)


def _undecoded(settings: Settings) -> CaseLedger:
    """The ledger, its tables made but its registry not seeded.

    Verifying decodes no event, so a tampered one cannot stop it.
    """
    ledger = settings.build_ledger(create_tables=False)
    ledger.create_tables()
    return ledger


def _verify(
    ledger: CaseLedger, key: bytes, kept: Checkpoint | None, history: KeyHistory | None
) -> Report:
    columns = (TextColumn("verifying"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("verify", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return ledger.verify_integrity(key, kept, advance, history)


def _print(report: Report) -> None:
    if report.intact:
        typer.echo(
            f"intact: {report.events} events, {report.sealed} sealed, "
            f"{report.checkpoints} checkpoints verified"
        )
    else:
        first = report.first
        typer.echo(f"TAMPERED: {first.describe() if first else '?'}")
        for finding in report.findings:
            typer.echo(f"  - {finding.describe()}")
    if report.events > report.sealed:
        typer.echo(f"{report.events - report.sealed} events are not sealed yet")


def _public_key(text: str | None, signer: Signer | None) -> bytes:
    if text is not None:
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error:
            err.print("[red]--public-key is not base64[/red]")
            raise typer.Exit(2) from None
    if signer is None:
        err.print("[red]no signing key configured: pass --public-key[/red]")
        raise typer.Exit(2)
    return signer.public_key


def _kept(path: Path) -> Checkpoint:
    try:
        return Checkpoint.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        err.print(f"[red]cannot read the checkpoint {path}:[/red] {exc}")
        raise typer.Exit(2) from None


def _history(path: Path) -> KeyHistory:
    try:
        return KeyHistory.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        err.print(f"[red]cannot read the key history {path}:[/red] {exc}")
        raise typer.Exit(2) from None


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        err.print(f"[red]--as-of is not ISO 8601:[/red] {text}")
        raise typer.Exit(2) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=TOKYO)


def _auditor(ledger: CaseLedger, user_id: UUID | None) -> Actor:
    if user_id is None:
        return COMMAND_LINE
    try:
        user = ledger.get_user(user_id)
    except ApplicationError:
        user = None
    if user is None or user.role != Role.AUDITOR.value or not user.is_active:
        err.print(f"[red]{user_id} is not an active auditor[/red]")
        raise typer.Exit(1)
    return Actor(user.id, user.agency, user.role)


def _plain(value: Any) -> Any:
    """JSON values of a history (dataclasses, dates, ids)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(vars(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value) if isinstance(value, UUID) else value
