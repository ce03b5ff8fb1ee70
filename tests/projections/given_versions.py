"""Builders for the version tests: a reader that keeps reading, the CLI's env."""

from __future__ import annotations

import base64
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from projections.indicator_rules import STATISTICS
from projections.read_models import ReadModels
from tests.projections.given import SHAKYO, a_case, an_activity
from tests.upgrades import caseloads_v2


@dataclass
class Reader:
    """A reader of the live views, in a thread, until stopped.

    Beside each read it notes whether a rebuild was under way; after `open_at`
    such reads it opens the gate the slow caseloads wait at.
    """

    models: ReadModels
    gate: Path | None = None
    open_at: int = 3
    seen: list[tuple[int, int]] = field(default_factory=list)
    during_rebuild: int = 0
    errors: list[str] = field(default_factory=list)

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            rebuilding = any(s.building for s in self.models.status())
            try:
                self.seen.append(counted(self.models))
            except Exception as exc:  # any failure at all is what this looks for
                self.errors.append(type(exc).__name__)
            self.during_rebuild += rebuilding
            if self.gate is not None and self.during_rebuild >= self.open_at:
                self.gate.touch()


def counted(models: ReadModels) -> tuple[int, int]:
    """Open cases and indicator facts, as a reader sees them.

    Statistics' facts (`statistics.*`, one per code of each intake) are left
    out: the indicators' own are the three cases' livelihood facts.
    """
    cases = sum(models.caseloads.open_by_agency().values())
    facts = models.indicators.facts(2026)
    return cases, len([f for f in facts if not f.indicator_id.startswith(STATISTICS)])


@contextmanager
def reading(reader: Reader) -> Iterator[Reader]:
    stop = threading.Event()
    thread = threading.Thread(target=reader.run, args=(stop,), daemon=True)
    thread.start()
    try:
        yield reader
    finally:
        stop.set()
        thread.join(30)


def given_cases(ledger: CaseLedger, models: ReadModels, cases: int = 3) -> None:
    """Cases with an activity each, caught up by the live views."""
    for _ in range(cases):
        case_id = a_case(ledger)
        activity = an_activity("preventive_care_management")
        ledger.record_activities(SHAKYO, case_id, [activity])
    models.follower().catch_up()


def a_gate(monkeypatch: pytest.MonkeyPatch, directory: Path) -> Path:
    """The slow caseloads of this process wait at this file until it exists."""
    gate = directory / "gate"
    monkeypatch.setattr(caseloads_v2, "GATE", gate)
    return gate


def cli_env(settings: Settings) -> dict[str, str]:
    return {
        "JUSOU_DATABASE_URL": settings.database_url,
        "JUSOU_MASTER_KEY": base64.b64encode(settings.master_key).decode(),
        "JUSOU_SIGNING_KEY": base64.b64encode(os.urandom(32)).decode(),
        "COLUMNS": "200",
    }


def exists(models: ReadModels, table: str) -> bool:
    with models.store.transaction(commit=False) as tx:
        return models.store.table_exists(tx, table)
