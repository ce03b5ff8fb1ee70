"""Reading one case of 10, 1,000 and 10,000 events, with and without snapshots.

The case's events alternate closure and reopening, each with a reason under
the person's key, so its state stays one size whatever its length: the
figures show the cost of replay itself. The ledger snapshots a case every
50 events. Baselines: the bare SELECT of the same stored rows (no decoding),
and for the snapshot read, the full replay.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any
from uuid import UUID

from application.case_ledger import CaseLedger
from application.store.loading import replay
from bench._figures import Figure, show
from bench._load import quick
from bench._stores import fresh_ledger, stores
from domain.personal import Personal
from tests.application.given import INTAKE_WORKER, an_intake
from tests.support.today import real_today

CHUNK = 250  # events per save while building the case
ON = real_today()  # the ledger runs on the real clock


def sizes() -> tuple[int, ...]:
    return (10, 100, 500) if quick() else (10, 1_000, 10_000)


def given_case_of(ledger: CaseLedger, events: int) -> UUID:
    opened = ledger.open_case(INTAKE_WORKER, an_intake(opened_on=ON))
    case = ledger.get_case(opened.case_id)
    by = INTAKE_WORKER.recorded_by
    for _ in range(events // CHUNK + 1):
        for _ in range(min(CHUNK, events - case.version)):
            if case.is_closed:
                reason = Personal(opened.person_id, "再開の理由")
                case.reopen(ON, reason, by, ledger.recording())
            else:
                reason = Personal(opened.person_id, "終結の理由")
                case.close(ON, reason, by, ledger.recording(), reason_code="stable")
        ledger.commit(case)
    return opened.case_id


def median_ms(action: Callable[[], Any], reps: int = 30) -> float:
    """The median time of `action`: at least 3 runs, then until the budget."""
    times: list[float] = []
    deadline = time.perf_counter() + (0.1 if quick() else 1.0)
    for n in range(reps):
        if n >= 3 and time.perf_counter() > deadline:  # noqa: PLR2004
            break
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def read_times(ledger: CaseLedger, case_id: UUID) -> tuple[float, float, float]:
    """Median ms: the bare SELECT, the full replay, the read from a snapshot."""
    return (
        median_ms(lambda: ledger.recorder.select_events(case_id)),
        median_ms(lambda: replay(None, ledger.events.get(case_id))),
        median_ms(lambda: ledger.get_case(case_id)),
    )


def figures_for(store: str) -> list[Figure]:
    group = f"read a case, {store}"
    made: list[Figure] = []
    with fresh_ledger(store) as ledger:
        for n in sizes():
            raw, full, snap = read_times(ledger, given_case_of(ledger, n))
            rows = f"SELECT of its {n:,} rows"
            made.append(
                Figure(group, f"{n:,} events, full replay", full, "ms", rows, raw)
            )
            made.append(
                Figure(
                    group,
                    f"{n:,} events, from snapshot",
                    snap,
                    "ms",
                    "full replay",
                    full,
                )
            )
    return made


def figures() -> list[Figure]:
    return [f for store in stores() for f in figures_for(store)]


def main(argv: list[str]) -> int:
    del argv
    show(figures(), "read a case")
    return 0
