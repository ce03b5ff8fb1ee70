"""Projections over a seeded city-year: catch-up, rebuild, the indicator report.

The year is `jusou demo seed`'s (scale 1.0 is over 100,000 events). Rates
are the ledger's events per second (the whole log, as a rebuild must pass
over it). The baseline is a bare batched loop over the same log in the same
database: read 500 notifications, decode each (both ciphers), write one row
per event and one tracking row per batch, one transaction per batch. The
report's baseline is the SELECT of the facts it is built from.
"""

from __future__ import annotations

import time
from typing import Any

from application.case_ledger import CaseLedger
from application.demo.clock import DemoClock, DemoIds
from application.demo.seeder import DemoSeeder
from bench._figures import Figure, show
from bench._load import quick
from bench._stores import database_url, settings_for, stores
from bench.reads import median_ms
from interfaces.cli.demo import demo_ledger
from projections.read_models import ReadModels
from projections.view_store import ViewStore

YEAR = 2026
BATCH = 500
TABLES = (
    "CREATE TABLE IF NOT EXISTS {bench_rows} (notification_id BIGINT PRIMARY KEY, "
    "topic TEXT NOT NULL, originator_id TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS {bench_tracking} (id INTEGER PRIMARY KEY, "
    "position BIGINT NOT NULL)",
)
seeded: dict[str, Any] = {}  # what each store's seed recorded, for the JSON


def scale(store: str) -> float:
    if quick():
        return 0.02
    return 1.0 if store == "sqlite" else 0.1


def batched_baseline(ledger: CaseLedger, head: int) -> float:
    """Seconds for the bare batched loop to pass over notifications 1..head."""
    store = ViewStore.of(ledger.recorder)
    store.create(TABLES)
    insert = store.sql("INSERT INTO {bench_rows} VALUES (?, ?, ?)")
    track = store.sql(
        "INSERT INTO {bench_tracking} VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET position = excluded.position"
    )
    began, position = time.perf_counter(), 0
    for _ in range(head // BATCH + 2):
        batch = ledger.recorder.select_notifications(position + 1, BATCH, stop=head)
        if not batch:
            break
        rows = [
            (n.id, n.topic, str(ledger.mapper.to_domain_event(n).originator_id))
            for n in batch
        ]
        with store.transaction() as tx:
            tx.many(insert, rows)
            tx.run(track, (batch[-1].id,))
        position = batch[-1].id
    return time.perf_counter() - began


def timed_catch_up(models: ReadModels) -> float:
    began = time.perf_counter()
    models.follower().catch_up()
    return time.perf_counter() - began


def timed_rebuild(models: ReadModels) -> float:
    """A rebuild aside from notification 1, and the switch."""
    began = time.perf_counter()
    models.rebuild()
    return time.perf_counter() - began


def seed(ledger: CaseLedger, clock: DemoClock, ids: DemoIds, store: str) -> int:
    """Record the city-year through the commands; the ledger's head after."""
    began = time.perf_counter()
    summary = DemoSeeder(ledger, clock, ids, YEAR, scale(store), 0).run()
    took = time.perf_counter() - began
    seeded[store] = {**vars(summary), "seconds": round(took, 1)}
    print(f"seeded {store}: {summary.events:,} events in {took:.0f} s")
    return ledger.recorder.max_notification_id() or 0


def measured(ledger: CaseLedger, head: int) -> dict[str, float]:
    models = ReadModels.of(ledger)
    models.create_tables()
    found = {"loop": head / batched_baseline(ledger, head)}
    found["catch_up"] = head / timed_catch_up(models)
    found["rebuild"] = head / timed_rebuild(models)
    found["report"] = median_ms(lambda: models.indicator_report(YEAR))
    found["facts"] = median_ms(lambda: models.indicators.facts(YEAR))
    return found


def figures_for(store: str) -> list[Figure]:
    group, loop = f"projections, {store}", f"batched loop ({BATCH}/tx)"
    with database_url(store) as url:
        clock, ids = DemoClock(), DemoIds(0)
        ledger = demo_ledger(settings_for(url), clock, ids)
        try:
            head = seed(ledger, clock, ids, store)
            m = measured(ledger, head)
        finally:
            ledger.close()
    rows = (
        (f"catch-up from 0, {head:,} events", "catch_up", "events/s", loop, "loop"),
        ("rebuild aside + switch", "rebuild", "events/s", loop, "loop"),
        (f"indicator report FY{YEAR}", "report", "ms", "SELECT of its facts", "facts"),
    )
    return [
        Figure(group, name, m[key], unit, base, m[base_key])
        for name, key, unit, base, base_key in rows
    ]


def figures() -> list[Figure]:
    return [f for store in stores() for f in figures_for(store)]


def notes() -> dict[str, Any]:
    """What each store's seed recorded and how long it took (for the JSON)."""
    return {"seeded": seeded}


def main(argv: list[str]) -> int:
    del argv
    show(figures(), "projections")
    return 0
