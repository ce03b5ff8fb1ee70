"""Read-model versions: the catalogue, a pending rebuild, the upgrade, resuming.

Version 2 of the caseloads (`tests/upgrades/caseloads_v2.py`) adds a column;
the other read models stay at version 1. On both stores.
"""

from __future__ import annotations

import threading

import pytest
from typer.testing import CliRunner

import projections.read_models
from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from interfaces.config import Settings
from projections.read_models import READ_MODELS, ReadModels
from projections.rebuild import Outcome, Rebuild
from tests.projections.given import a_case
from tests.projections.given_versions import cli_env, exists, given_cases
from tests.upgrades.caseloads_v2 import NEW, OLD, V2, CaseloadsV2View


def test_a_fresh_database_starts_every_read_model_at_the_codes_version(
    models: ReadModels,
) -> None:
    found = models.status()

    assert [(s.name, s.live.version, s.live.number, s.state) for s in found] == [
        (m.name, m.version, 1, "current") for m in READ_MODELS
    ]
    assert exists(models, f"caseload_cases_v{OLD}_g1")
    assert not exists(models, "caseload_cases")


def test_newer_code_finds_a_rebuild_pending_and_leaves_the_old_tables_alone(
    ledger: CaseLedger, models: ReadModels
) -> None:
    given_cases(ledger, models)
    newer = ReadModels.of(ledger, V2)
    a_case(ledger)

    moved = newer.follower(["caseloads"]).catch_up()

    assert moved == 0
    assert newer.pending() == ["caseloads"]
    assert sum(newer.caseloads.open_by_agency().values()) == 3


def test_an_upgrade_rebuilds_aside_and_switches_to_the_new_version(
    ledger: CaseLedger, models: ReadModels
) -> None:
    given_cases(ledger, models)
    newer = ReadModels.of(ledger, V2)

    outcomes = newer.upgrade()

    view = newer.caseloads
    assert isinstance(view, CaseloadsV2View)
    assert outcomes == {"caseloads": Outcome.SWITCHED}
    assert sum(view.opened_months().values()) == 3
    assert [(s.live.version, s.live.number, s.lag) for s in newer.status()] == [
        (NEW, 2, 0),
        *[(m.version, 1, 0) for m in READ_MODELS[1:]],
    ]
    assert not exists(models, f"caseload_cases_v{OLD}_g1")
    assert newer.upgrade() == {}


@pytest.mark.parametrize("fresh", [False, True], ids=["upgrade", "rebuild"])
def test_a_stopped_rebuild_is_resumed_where_it_stopped_by_the_next_upgrade(
    ledger: CaseLedger, models: ReadModels, fresh: bool
) -> None:
    given_cases(ledger, models)
    declared = READ_MODELS if fresh else V2
    newer = ReadModels.of(ledger, declared)
    stop = threading.Event()
    first = Rebuild(newer.store, newer.catalogue, newer.source, declared[:1], 2)
    stopped = first.run(fresh=fresh, progress=lambda *_: stop.set(), stop=stop)
    halfway = newer.status()[0]

    outcomes = newer.upgrade()

    assert stopped.outcomes == {"caseloads": Outcome.STOPPED}
    assert halfway.building is not None
    assert halfway.rebuild_pending
    assert 0 < (halfway.building_position or 0) < halfway.head
    assert outcomes == {"caseloads": Outcome.SWITCHED}
    assert newer.status()[0].live == halfway.building
    assert sum(newer.caseloads.open_by_agency().values()) == 3


def test_older_code_never_downgrades_a_newer_live_version(
    ledger: CaseLedger, models: ReadModels
) -> None:
    given_cases(ledger, models)
    ReadModels.of(ledger, V2).upgrade()
    a_case(ledger)

    outcomes = models.upgrade()
    moved = models.follower(["caseloads"]).catch_up()

    assert outcomes == {}
    assert moved == 0
    assert models.status()[0].state == "newer version live"
    assert sum(models.caseloads.open_by_agency().values()) == 3


@pytest.mark.usefixtures("models")  # version 1's tables
def test_status_shows_the_code_and_stored_versions_and_a_pending_rebuild(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(projections.read_models, "READ_MODELS", V2)

    result = CliRunner().invoke(app, ["projections", "status"], env=cli_env(settings))

    lines = result.stdout.splitlines()
    caseloads = next(line for line in lines if "caseloads" in line).split("│")
    assert result.exit_code == 0, result.output
    assert [cell.strip() for cell in caseloads[2:4]] == [str(NEW), str(OLD)]
    assert "rebuild pending" in caseloads[-2]
    assert sum("current" in line for line in lines) == 3
