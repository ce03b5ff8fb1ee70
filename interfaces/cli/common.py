"""What every `jusou` command shares: settings and an open ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

from application.case_ledger import CaseLedger
from interfaces.config import ConfigError, Settings

console = Console(stderr=True)


def load_settings() -> Settings:
    try:
        return Settings.from_environ()
    except ConfigError as exc:
        console.print(f"[red]設定エラー (configuration error):[/red] {exc}")
        raise typer.Exit(2) from None


@contextmanager
def open_ledger() -> Iterator[CaseLedger]:
    """The configured ledger, tables created and registry seeded, closed after."""
    ledger = load_settings().build_ledger()
    try:
        yield ledger
    finally:
        ledger.close()
