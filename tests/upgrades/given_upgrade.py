"""An installed database, a server of the next version, and a client reading.

The database is what version 1 of the read models left: cases, caught-up
views, a reporter's token. The server is `jusou serve` with caseloads at
version 2 (`serve_v2.py`), its rebuild held at a gate the test opens. The
client reads the caseloads over HTTP until it is stopped, noting beside each
answer whether a rebuild was under way.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from application.case_ledger import CaseLedger
from projections.read_models import ReadModels
from tests.projections.given import a_case
from tests.support.service import Keys, Service

ROOT = Path(__file__).parents[2]


@dataclass
class OldDatabase:
    """A ledger whose read models version 1 built and kept."""

    url: str
    keys: Keys
    ledger: CaseLedger
    models: ReadModels
    token: str
    cases: int


def given_an_old_database(url: str, cases: int) -> OldDatabase:
    keys = Keys()
    ledger = keys.ledger(url)
    for _ in range(cases):
        a_case(ledger)
    models = ReadModels.of(ledger)
    models.create_tables()
    models.follower().catch_up()
    _, token = ledger.add_user("集計担当", "fukushi_ka", "reporter")
    return OldDatabase(url, keys, ledger, models, token, cases)


@dataclass
class ServerV2(Service):
    """`jusou serve` of the code that bumped caseloads to version 2.

    Its rebuild waits at `gate` (a file) until the test opens it.
    """

    gate: Path = Path("gate")

    def spawn(self) -> None:
        env = {**self.env(), "PYTHONPATH": str(ROOT)}
        gate = str(self.cwd / self.gate)
        command = [sys.executable, "-m", "tests.upgrades.serve_v2", gate]
        with (self.cwd / f"serve-{self.port}.log").open("ab") as log:
            self.process = subprocess.Popen(
                command, env=env, cwd=self.cwd, stdout=log, stderr=log
            )


@dataclass
class Reader:
    """Another client: reads the caseloads over HTTP, again and again."""

    base: str
    token: str
    old: ReadModels  # to see, beside each read, whether a rebuild is under way
    open_cases: list[int] = field(default_factory=list)
    during_rebuild: int = 0
    errors: list[str] = field(default_factory=list)

    def read(self, client: httpx.Client, min_position: int | None = None) -> int:
        params = {} if min_position is None else {"min_position": min_position}
        response = client.get("/v1/reports/caseloads", params=params)
        if response.status_code != 200:
            self.errors.append(f"{response.status_code} {response.text[:200]}")
            return -1
        return sum(response.json()["open_cases_by_agency"].values())

    def client(self) -> httpx.Client:
        auth = {"Authorization": f"Bearer {self.token}"}
        return httpx.Client(base_url=self.base, headers=auth, timeout=30)

    def run(self, stop: threading.Event) -> None:
        with self.client() as client:
            while not stop.is_set():
                rebuilding = self._rebuilding()

                try:
                    self.open_cases.append(self.read(client))
                except httpx.HTTPError as exc:
                    self.errors.append(type(exc).__name__)
                self.during_rebuild += rebuilding

    def _rebuilding(self) -> bool:
        return any(s.building is not None for s in self.old.status())


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


def live_version(models: ReadModels, name: str = "caseloads") -> int:
    return next(s.live.version for s in models.status() if s.name == name)


def table_exists(models: ReadModels, table: str) -> bool:
    with models.store.transaction(commit=False) as tx:
        return models.store.table_exists(tx, table)
