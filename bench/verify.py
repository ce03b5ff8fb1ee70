"""How fast `jusou audit verify` runs, beside the plain SHA-256 rate of its bytes.

Seeds N events (real ones from the application, replicated as new aggregates
with their stored ciphertext copied, so topics and sizes are realistic), seals
them (the sealer's catch-up rate), signs a checkpoint, then verifies. The same
bytes the verifier hashes (0x00 || leaf data of each event) are then hashed in
a bare loop: the ratio says how close verification comes to hashing alone.
Results go to bench/results/verify-<time>.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any
from uuid import uuid4

import psycopg

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Signer
from application.integrity.findings import Report
from application.integrity.leaf import leaf_data
from bench._figures import Figure
from bench._load import quick
from bench._stores import stores
from interfaces.config import Settings
from tests.application.given import a_clock, given_requested_referral

RESULTS = Path(__file__).parent / "results"
PG_URL = os.environ.get(
    "JUSOU_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
REAL_EVENTS = 200  # written through the application before copying
CHUNK = 20_000  # rows per seeding transaction
INSERT = (
    "INSERT INTO {events} (originator_id, originator_version, topic, state) "
    "VALUES (?, ?, ?, ?)"
)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench verify")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--store", choices=["sqlite", "postgres", "both"], default="both"
    )
    args = parser.parse_args(argv)
    stores = ["sqlite", "postgres"] if args.store == "both" else [args.store]
    results = [measure(store, args.events) for store in stores]
    results = [r for r in results if r is not None]
    for result in results:
        print(json.dumps(result))
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"verify-{stamp}.json").write_text(json.dumps(results, indent=2))
    return 0


def figures() -> list[Figure]:
    """Sealing and `audit verify` beside SHA-256 alone, for `python -m bench`."""
    runs = (measure(store, 2_000 if quick() else 100_000) for store in stores())
    return [f for r in runs if r is not None for f in _figures(r)]


def _figures(result: dict[str, Any]) -> list[Figure]:
    group, n = f"integrity, {result['store']}", f"{result['events']:,} events"
    sha = ("SHA-256 of the same bytes", result["sha256_events_per_s"])
    seal, verify = result["seal_events_per_s"], result["verify_events_per_s"]
    return [
        Figure(group, f"seal, {n}", seal, "events/s", *sha),
        Figure(group, f"audit verify, {n}", verify, "events/s", *sha),
    ]


def measure(store: str, events: int) -> dict[str, Any] | None:
    with ledger_on(store) as ledger:
        if ledger is None:
            print("postgres unreachable (JUSOU_TEST_POSTGRES_URL): skipped")
            return None
        seed(ledger, events)
        signer = Signer(os.urandom(32))
        seal_s = timed(ledger.integrity.seal_pending)
        ledger.seal_and_checkpoint(signer)
        started = time.perf_counter()
        report = ledger.verify_integrity(signer.public_key)
        verify_s = time.perf_counter() - started
        sha_s, size = sha256_baseline(ledger)
    return summary(store, report, (seal_s, verify_s, sha_s), size)


def summary(
    store: str, report: Report, seconds: tuple[float, float, float], size: int
) -> dict[str, Any]:
    n, (seal_s, verify_s, sha_s) = report.events, seconds
    return {
        "store": store,
        "events": n,
        "intact": report.intact,
        "mean_leaf_bytes": round(size / n),
        "seal_events_per_s": round(n / seal_s),
        "verify_events_per_s": round(n / verify_s),
        "sha256_events_per_s": round(n / sha_s),
        "verify_to_sha256": round(sha_s / verify_s, 3),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }


def timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def sha256_baseline(ledger: CaseLedger) -> tuple[float, int]:
    """Hash the very bytes the verifier hashes, in a bare loop, in memory."""
    blobs = [
        b"\x00" + leaf_data(row)
        for rows in ledger.integrity.events.stream(50_000)
        for row in rows
    ]
    sha256 = hashlib.sha256
    started = time.perf_counter()
    for blob in blobs:
        sha256(blob).digest()
    return time.perf_counter() - started, sum(len(b) for b in blobs)


def seed(ledger: CaseLedger, events: int) -> None:
    """Real cases first, then copies of their stored rows as new aggregates.

    The real cases are the tests' cases, dated in 2026: they are recorded on
    the tests' clock, as the tests record them.
    """
    clock = a_clock()
    ledger.today, ledger.now = clock.today, clock.now
    while ledger.integrity.events.count() < REAL_EVENTS:
        given_requested_referral(ledger)
    templates = aggregates(ledger)
    store = ledger.integrity.store
    rows: list[tuple[Any, ...]] = []
    total = ledger.integrity.events.count()
    copies = 0
    while total + len(rows) < events:
        oid = uuid4()
        key: Any = oid if store.postgres else oid.hex
        for version, topic, state in templates[copies % len(templates)]:
            rows.append((key, version, topic, state))
        copies += 1
        if len(rows) >= CHUNK or total + len(rows) >= events:
            with store.write() as tx:
                tx.many(store.sql(INSERT), rows)
            total, rows = total + len(rows), []


def aggregates(ledger: CaseLedger) -> list[list[tuple[int, str, bytes]]]:
    grouped: dict[bytes, list[tuple[int, str, bytes]]] = {}
    for rows in ledger.integrity.events.stream(10_000):
        for _, oid, version, topic, state in rows:
            grouped.setdefault(oid, []).append((version, topic, state))
    return list(grouped.values())


@contextmanager
def ledger_on(store: str) -> Iterator[CaseLedger | None]:
    if store == "sqlite":
        with TemporaryDirectory() as tmp:
            yield from opened(f"sqlite:///{tmp}/bench.db")
        return
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.OperationalError:
        yield None
        return
    schema = f"bench_{uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
        try:
            yield from opened(f"{PG_URL}?schema={schema}")
        finally:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def opened(url: str) -> Iterator[CaseLedger]:
    settings = Settings(
        database_url=url, master_key=os.urandom(32), master_key_source="bench"
    )
    ledger = settings.build_ledger()
    try:
        yield ledger
    finally:
        ledger.close()
