"""The driver: batched catch-up, live following, and a loop that never dies."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import pytest
from eventsourcing.persistence import Tracking

from application.case_ledger import CaseLedger
from projections import live
from projections.caseloads import CaseloadsProjection
from projections.follower import Follower
from projections.read_models import ReadModels
from tests.application.given import NAME
from tests.projections.given import a_case, caught_up


def wait_for(models: ReadModels, name: str, position: int, seconds: float = 5) -> int:
    """Read-your-writes: poll the view's position until it reaches `position`."""
    deadline = time.monotonic() + seconds
    while models.position(name) < position and time.monotonic() < deadline:
        time.sleep(0.01)
    return models.position(name)


def test_catching_up_in_small_batches_reaches_the_head_once(
    ledger: CaseLedger, models: ReadModels
) -> None:
    for _ in range(3):
        a_case(ledger)
    batches: list[tuple[int, int]] = []

    applied = models.follower(batch_size=2).catch_up(lambda *b: batches.append(b))
    again = models.follower(batch_size=2).catch_up()

    head = models.source.head()
    assert applied >= 3
    assert again == 0
    assert batches[-1] == (head, head)
    assert len(batches) > 2
    assert set(models.follower().positions().values()) == {head}
    assert sum(models.caseloads.open_by_agency().values()) == 3


def test_the_worker_follows_live_and_a_reader_gets_its_writes(
    ledger: CaseLedger, models: ReadModels
) -> None:
    worker = live.Worker.following(caught_up(models).follower())
    worker.start()
    try:
        a_case(ledger)
        written = models.source.head()

        seen = wait_for(models, "caseloads", written)

        assert seen >= written
        assert sum(models.caseloads.open_by_agency().values()) == 1
    finally:
        started = time.monotonic()
        worker.stop()
    assert time.monotonic() - started < 2


class FlakyCaseloads(CaseloadsProjection):
    """Fails once, with personal data in its message, then works."""

    failed = False

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        if not FlakyCaseloads.failed:
            FlakyCaseloads.failed = True
            raise RuntimeError(f"could not apply the case of {NAME}")
        super().process_event(domain_event, tracking)


def test_a_failing_batch_is_logged_without_data_and_the_loop_goes_on(
    ledger: CaseLedger,
    models: ReadModels,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(live, "RETRY_SECONDS", 0.05)
    FlakyCaseloads.failed = False
    follower = Follower(models.source, [FlakyCaseloads(models.caseloads)])
    a_case(ledger)
    stop = threading.Event()
    thread = threading.Thread(target=live.follow, args=(follower, stop))

    with caplog.at_level(logging.ERROR, logger="jusou.projections"):
        thread.start()
        reached = wait_for(models, "caseloads", models.source.head())
        stop.set()
        thread.join(5)

    assert reached == models.source.head()
    assert "RuntimeError" in caplog.text
    assert NAME not in caplog.text
