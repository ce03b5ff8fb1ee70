"""The demo seed is deterministic: the same seed records the same events."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

from application.demo.clock import DemoClock, DemoIds
from application.demo.seeder import DemoSeeder
from interfaces.cli.demo import demo_ledger
from interfaces.config import Settings


def recorded(tmp_path: Path, seed: int) -> list[tuple[str, int, str]]:
    settings = Settings(f"sqlite:///{tmp_path}/{seed}-{uuid4().hex}.db", b"k" * 32, "t")
    clock, ids = DemoClock(), DemoIds(seed)
    ledger = demo_ledger(settings, clock, ids)
    try:
        DemoSeeder(ledger, clock, ids, 2026, 0.005, seed).run()
        notes = ledger.recorder.select_notifications(1, 100_000)
    finally:
        ledger.close()
    return [(str(n.originator_id), n.originator_version, n.topic) for n in notes]


def test_the_same_seed_records_the_same_events(tmp_path: Path) -> None:
    first = recorded(tmp_path, 9)

    second = recorded(tmp_path, 9)

    assert first == second
    assert len(first) > 300
