"""What every `jusou` command shares: settings and an open ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID

import typer
from rich.console import Console

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.errors import ApplicationError
from interfaces.cli.startup import StartupError, check_database, fail
from interfaces.config import ConfigError, Settings


def load_settings(*, check: bool = True) -> Settings:
    """The settings, and (unless `check=False`) a database that answers.

    Every failure is one line on stderr and exit status 2 (`startup.py`).
    """
    try:
        settings = Settings.from_environ()
        if check:
            check_database(settings)
    except ConfigError as exc:
        fail("設定エラー (configuration error)", str(exc))
    except StartupError as exc:
        fail("起動できません (cannot start)", str(exc))
    return settings


@contextmanager
def open_ledger() -> Iterator[CaseLedger]:
    """The configured ledger, tables created and registry seeded, closed after."""
    ledger = load_settings().build_ledger()
    try:
        yield ledger
    finally:
        ledger.close()


def acting_user(ledger: CaseLedger, user_id: UUID, err: Console) -> Actor:
    """The active user named by `--by`, as the actor the events record; else exit 1."""
    try:
        user = ledger.get_user(user_id)
    except ApplicationError:
        user = None
    if user is None or not user.is_active:
        err.print(f"[red]{user_id} is not an active user[/red]")
        raise typer.Exit(1)
    return Actor(user.id, user.agency, user.role)
