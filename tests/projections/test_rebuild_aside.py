"""Rebuilds aside: readers never see an emptier view, nor a dropped table.

On both stores: a read in flight while the switch drops its tables, and
`jusou projections rebuild` while a reader keeps reading. On PostgreSQL: a
second worker finds the rebuild taken and keeps serving the live view.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import projections.read_models
from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from interfaces.config import Settings
from projections.read_models import NAMES, ReadModels
from projections.rebuild import Outcome, Rebuilt
from tests.application.conftest import postgres_schema_url
from tests.integration.given_service import wait_until
from tests.projections.given_versions import (
    Reader,
    a_gate,
    cli_env,
    exists,
    given_cases,
    reading,
)
from tests.upgrades.caseloads_v2 import OLD, SLOW_V1, V2

COUNT = "SELECT COUNT(*) AS n FROM {caseload_cases}"


def rebuild_in_a_thread(models: ReadModels, done: list[Rebuilt]) -> threading.Thread:
    thread = threading.Thread(target=lambda: done.append(models.rebuild(["caseloads"])))
    thread.start()
    return thread


def caught_up_aside(models: ReadModels) -> bool:
    found = models.status()[0]
    return found.building_position == found.head


def test_a_read_in_flight_while_the_switch_drops_its_tables_reads_them_whole(
    ledger: CaseLedger, models: ReadModels
) -> None:
    given_cases(ledger, models)
    view, done, postgres = models.caseloads, list[Rebuilt](), models.store.postgres
    before = view.read(COUNT)

    with models.store.transaction(commit=False) as tx:
        # A reader that has found the live tables but not yet read them.
        live = tx.rendering(view.renderer(view.target.open(tx, write=False)))
        rebuild = rebuild_in_a_thread(models, done)
        if postgres:  # the switch waits for this reader: let it get there
            wait_until(lambda: caught_up_aside(models), 30, "built aside")
            time.sleep(0.3)
        else:  # the switch does not wait: this reader keeps its snapshot
            rebuild.join(30)
        during = live.rows(COUNT)
        switched_meanwhile = not rebuild.is_alive()
    rebuild.join(30)

    assert before == during == [{"n": 3}]
    assert switched_meanwhile is not postgres
    assert done[0].outcomes == {"caseloads": Outcome.SWITCHED}
    assert not exists(models, f"caseload_cases_v{OLD}_g1")
    assert view.read(COUNT) == [{"n": 3}]


def test_a_rebuild_through_the_cli_keeps_readers_whole(
    settings: Settings,
    ledger: CaseLedger,
    models: ReadModels,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    given_cases(ledger, models)
    before = models.status()
    monkeypatch.setattr(projections.read_models, "READ_MODELS", SLOW_V1)
    reader = Reader(models, gate=a_gate(monkeypatch, tmp_path))

    with reading(reader):
        result = CliRunner().invoke(
            app, ["projections", "rebuild"], env=cli_env(settings)
        )

    assert result.exit_code == 0, result.output
    assert "rebuilt caseloads, indicators, disclosures, access_log" in result.stderr
    assert reader.errors == []
    assert reader.during_rebuild >= 3
    assert set(reader.seen) == {(3, 3)}
    assert [s.live.number for s in models.status()] == [2] * len(NAMES)
    assert not any(exists(models, s.live.table(s.name)) for s in before)


@pytest.fixture
def two_workers(postgres_database_url: str) -> Iterator[list[CaseLedger]]:
    """Two workers' ledgers on one fresh PostgreSQL schema, 3 cases in it."""
    url = postgres_schema_url(postgres_database_url)
    settings = Settings(
        database_url=url, master_key=os.urandom(32), master_key_source="t"
    )
    ledgers = [settings.build_ledger() for _ in range(2)]
    old = ReadModels.of(ledgers[0])
    old.create_tables()
    given_cases(ledgers[0], old)
    yield ledgers
    for ledger in ledgers:
        ledger.close()


@pytest.mark.postgres
def test_a_second_worker_finds_the_rebuild_taken_and_keeps_serving(
    two_workers: list[CaseLedger], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, second = (ReadModels.of(ledger, V2) for ledger in two_workers)
    gate, done = a_gate(monkeypatch, tmp_path), []
    upgrading = threading.Thread(target=lambda: done.append(first.upgrade()))
    upgrading.start()
    wait_until(lambda: first.status()[0].building is not None, 30, "a rebuild")

    taken = second.upgrade()
    meanwhile = sum(second.caseloads.open_by_agency().values())
    gate.touch()
    upgrading.join(30)
    after = second.upgrade()

    months = second.caseloads.read("SELECT opened_month FROM {caseload_cases}")
    assert taken == {"caseloads": Outcome.BUSY}
    assert meanwhile == 3
    assert done == [{"caseloads": Outcome.SWITCHED}]
    assert after == {}
    assert len(months) == 3
