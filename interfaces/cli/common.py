"""What every `jusou` command shares: settings and an open ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from application.case_ledger import CaseLedger
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
