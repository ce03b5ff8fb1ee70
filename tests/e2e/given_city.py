"""A small demo city-year served by a real `jusou serve`, and its staff's tokens.

`jusou demo seed --scale 0.02` (a few seconds) before the service starts;
users are added beside the running service by the command `jusou users
add` runs; the REST API is asked what the pages must agree with.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx

from application.case_ledger import CaseLedger
from tests.support.service import JUSOU, Keys, Service, running

SCALE = "0.02"
YEAR = "2026"


@dataclass
class City:
    """The service, the CLI's environment, and tokens minted so far."""

    service: Service
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return self.service.base

    def jusou(self, *args: str) -> str:
        result = subprocess.run(
            [str(JUSOU), *args],
            env=self.service.env(),
            cwd=self.service.cwd,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return result.stdout

    def token(self, role: str, agency: str) -> str:
        """A user's token, minted by the command `jusou users add` runs.

        In this process, not by spawning the CLI for each (seconds each on a
        busy machine); `test_a_token_from_jusou_users_add_signs_in` runs the
        CLI itself.
        """
        who = f"{role}@{agency}"
        if who not in self.tokens:
            _, self.tokens[who] = self.ledger.add_user(f"{role} {agency}", agency, role)
        return self.tokens[who]

    @cached_property
    def ledger(self) -> CaseLedger:
        return self.service.keys.ledger(self.service.url, create_tables=False)

    def get(self, path: str, token: str, **params: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"}
        return httpx.get(f"{self.base}{path}", headers=headers, params=params)

    @cached_property
    def indicators(self) -> dict[str, Any]:
        """What `jusou report indicators` says of the demo year (asked once)."""
        text = self.jusou(
            "report", "indicators", "--fiscal-year", YEAR, "--format", "json",
            "--no-catch-up",
        )  # fmt: skip
        report: dict[str, Any] = json.loads(text)
        return report


@contextmanager
def a_served_city(directory: Path) -> Iterator[City]:
    service = Service(f"sqlite:///{directory}/city.db", Keys(), directory)
    subprocess.run(
        [str(JUSOU), "demo", "seed", "--scale", SCALE, "--year", YEAR],
        env={**os.environ, **service.env()},
        cwd=directory,
        capture_output=True,
        timeout=300,
        check=True,
    )
    with running(service):
        city = City(service)
        try:
            yield city
        finally:
            if "ledger" in city.__dict__:
                city.ledger.close()
