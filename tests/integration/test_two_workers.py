"""API worker processes started at the same instant on one fresh database.

Every worker creates the tables at start-up (under the ledger's advisory
lock) and tries to seed the agency registry. First four processes do exactly
that start-up behind a barrier, so that they really meet (without the lock
this fails every time: `type "caseledger_events" already exists`); then two
real `jusou serve` processes are started together: neither fails, the
registry is seeded once, and what one worker writes the other reads.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import pytest

from domain.agency_registry import REGISTRY_ID, AgencyRegistry
from domain.registry_entry import catalogue_entries
from tests.application.given import NAME, an_intake
from tests.support.postgres import create_database, drop_database
from tests.support.service import Keys, Service, b64
from tests.support.today import real_today
from tests.support.write_load import CONSENT

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]
TABLES = {
    "caseledger_events",
    "caseledger_snapshots",
    "person_keys",
    "integrity_leaves",
    "integrity_nodes",
    "integrity_tracking",
    "integrity_checkpoints",
}


RACERS = 4
RACER = """
import sys, time
from pathlib import Path
from interfaces.config import Settings
settings = Settings.from_environ()
here = Path(sys.argv[1])
(here / sys.argv[2]).touch()
deadline = time.monotonic() + 30
while not (here / "go").exists() and time.monotonic() < deadline:
    time.sleep(0.001)
settings.build_ledger().close()  # what `jusou serve` does first
"""


@dataclass
class Pair:
    """Two workers started together on one fresh database."""

    workers: tuple[Service, Service]
    keys: Keys
    url: str


@pytest.fixture
def fresh_database(postgres_database_url: str) -> Iterator[str]:
    server = urlunsplit(urlsplit(postgres_database_url)._replace(path="/postgres"))
    url = create_database(server)
    yield url
    drop_database(server, url)


def start_behind_a_barrier(url: str, directory: Path) -> list[int]:
    """RACERS processes build the ledger at one instant; their exit codes."""
    keys = Keys()
    env = {
        **os.environ,
        "JUSOU_DATABASE_URL": url,
        "JUSOU_MASTER_KEY": b64(keys.master),
        "JUSOU_SIGNING_KEY": b64(keys.signing),
    }
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(directory), f"ready-{n}"],
            env=env,
            cwd=directory,
        )
        for n in range(RACERS)
    ]
    deadline = time.monotonic() + 60
    while len(list(directory.glob("ready-*"))) < RACERS and time.monotonic() < deadline:
        time.sleep(0.01)
    (directory / "go").touch()
    return [racer.wait(timeout=60) for racer in racers]


def test_workers_making_the_schema_at_the_same_instant_all_succeed(
    fresh_database: str, tmp_path: Path
) -> None:
    exit_codes = start_behind_a_barrier(fresh_database, tmp_path)

    assert exit_codes == [0] * RACERS
    assert tables(fresh_database) >= TABLES


@pytest.fixture
def pair(fresh_database: str, tmp_path: Path) -> Iterator[Pair]:
    url, keys = fresh_database, Keys()
    workers = (Service(url, keys, tmp_path), Service(url, keys, tmp_path))
    try:
        for worker in workers:
            worker.spawn()  # both at once: no waiting between them
        for worker in workers:
            worker.wait_until_up()
        yield Pair(workers, keys, url)
    finally:
        for worker in workers:
            worker.stop()


def tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public'"
        ).fetchall()
    return {row[0] for row in rows}


def test_two_servers_start_and_the_schema_and_registry_are_made_once(
    pair: Pair,
) -> None:
    ledger = pair.keys.ledger(pair.url, create_tables=False)
    registry = list(ledger.events.get(REGISTRY_ID))
    ledger.close()

    assert tables(pair.url) >= TABLES
    assert sum(isinstance(e, AgencyRegistry.Opened) for e in registry) == 1
    assert len(registry) == 1 + len(catalogue_entries())
    for worker in pair.workers:
        assert worker.process is not None
        assert worker.process.poll() is None
        assert "Traceback" not in worker.log_text()


def write_here_read_there(pair: Pair) -> tuple[httpx.Response, httpx.Response]:
    ledger = pair.keys.ledger(pair.url, create_tables=False)
    _, token = ledger.add_user("相談員", "chuo_houkatsu", "caseworker")
    ledger.close()
    auth = {"Authorization": f"Bearer {token}"}
    first, second = (f"{worker.base}/v1/cases" for worker in pair.workers)
    intake = an_intake(opened_on=real_today())
    body = {
        "intake_agency": intake.intake_agency,
        "fields": list(intake.fields),
        "issues": list(intake.issues),
        "route": intake.route,
        "opened_on": intake.opened_on.isoformat(),
        "person": {"name": NAME},
        "summary": intake.summary,
    }
    case_id = httpx.post(first, json=body, headers=auth, timeout=30).json()["case_id"]
    httpx.post(f"{second}/{case_id}/consents", json=CONSENT, headers=auth, timeout=30)
    return (
        httpx.get(f"{second}/{case_id}", headers=auth, timeout=30),
        httpx.get(f"{first}/{case_id}", headers=auth, timeout=30),
    )


def test_a_write_through_one_worker_is_read_through_the_other(pair: Pair) -> None:
    read_by_second, read_by_first = write_here_read_there(pair)

    assert read_by_second.status_code == read_by_first.status_code == 200
    assert read_by_second.json() == read_by_first.json()
    assert read_by_first.json()["person"]["name"] == NAME
    assert len(read_by_first.json()["consents"]) == 1
    assert read_by_first.headers["etag"] == '"2"'
