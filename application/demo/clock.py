"""The demo's clock and ids: business time that walks through the year.

The ledger takes its clock and id factory as constructor arguments; the demo
gives it these, so that access records and registry checks happen "on" the
simulated day, and ids are the same for the same seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from uuid import UUID

from application.access.actor import Actor
from domain.catalogue import TOKYO


class DemoClock:
    """A clock that tells the simulated day while seeding, real time after."""

    def __init__(self) -> None:
        self._day: date | None = None

    def set(self, day: date | None) -> None:
        self._day = day

    def today(self) -> date:
        return self._day or datetime.now(TOKYO).date()

    def now(self) -> datetime:
        if self._day is None:
            return datetime.now(UTC)
        office_hours = datetime.combine(self._day, time(10, 0), tzinfo=TOKYO)
        return office_hours.astimezone(UTC)


class DemoIds:
    """uuid4-shaped ids drawn from a seeded generator: same seed, same ids."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"ids/{seed}")  # noqa: S311 (demo data, not secrets)

    def __call__(self) -> UUID:
        return UUID(bytes=self._rng.randbytes(16), version=4)


class Staff:
    """The caseworkers of each agency (pseudonymous ids), a few per agency."""

    def __init__(self, ids: Callable[[], object], per_agency: int = 4) -> None:
        self._ids, self._per = ids, per_agency
        self._pools: dict[tuple[str, str], list[Actor]] = {}

    def __call__(self, agency: str, key: int = 0, role: str = "caseworker") -> Actor:
        pool = self._pools.get((agency, role))
        if pool is None:
            pool = [Actor(self._ids(), agency, role) for _ in range(self._per)]  # type: ignore[arg-type]
            self._pools[(agency, role)] = pool
        return pool[key % len(pool)]
