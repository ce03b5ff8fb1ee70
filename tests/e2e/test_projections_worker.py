"""`jusou projections run`: a separate worker follows the ledger, stops on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from application.case_ledger import CaseLedger
from interfaces.config import Settings
from projections.read_models import ReadModels
from tests.e2e.test_serve import JUSOU
from tests.projections.given import a_case


def wait_for_position(models: ReadModels, position: int) -> int:
    deadline = time.monotonic() + 30
    while models.position("caseloads") < position and time.monotonic() < deadline:
        time.sleep(0.05)
    return models.position("caseloads")


@pytest.mark.e2e
def test_the_worker_keeps_the_views_and_stops_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/w.db"}
    ledger: CaseLedger = Settings.from_environ(env).build_ledger()
    models = ReadModels.of(ledger)
    models.create_tables()
    worker = subprocess.Popen(
        [str(JUSOU), "projections", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        a_case(ledger)
        reached = wait_for_position(models, models.source.head())
    finally:
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=15)
        ledger.close()

    assert reached >= 2
    assert worker.returncode == 0
    assert "stopped" in output
