"""A bounded load: N threads call one operation until a time or count runs out."""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# (worker, i) -> True when the operation succeeded (e.g. a 2xx answer).
Operation = Callable[[int, int], bool]


def quick() -> bool:
    """BENCH_QUICK=1 (or `--quick`): a smoke run of a few seconds per module."""
    return os.environ.get("BENCH_QUICK", "") not in {"", "0"}


def seconds(full: float) -> float:
    """A run's length: `full` seconds, or a tenth of it (at most 0.3 s) if quick."""
    return min(full / 10, 0.3) if quick() else full


@dataclass
class Run:
    """What a load achieved: successful operations, time taken, latencies."""

    ops: int = 0
    failed: int = 0
    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.ops / self.elapsed if self.elapsed else 0.0

    def percentile_ms(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        if len(self.latencies) == 1:
            return self.latencies[0] * 1000
        cuts = statistics.quantiles(self.latencies, n=100, method="inclusive")
        return cuts[min(98, max(0, round(q * 100) - 1))] * 1000


class _Workers:
    """The threads of one load, started together behind a barrier."""

    def __init__(self, operation: Operation, threads: int, max_ops: int) -> None:
        self.operation, self.per_worker = operation, max(1, max_ops // threads)
        self.start = threading.Barrier(threads + 1)
        self.lock = threading.Lock()
        self.run, self.errors = Run(), list[BaseException]()
        self.deadline = 0.0
        self.threads = [
            threading.Thread(target=self.work, args=(w,)) for w in range(threads)
        ]

    def work(self, worker: int) -> None:
        self.start.wait()
        mine: list[float] = []
        failed = 0
        try:
            for i in range(self.per_worker):
                if time.perf_counter() >= self.deadline:
                    break
                began = time.perf_counter()
                failed += 0 if self.operation(worker, i) else 1
                mine.append(time.perf_counter() - began)
        except Exception as exc:  # re-raised by run_load: a broken run is no figure
            self.errors.append(exc)
        with self.lock:
            self.run.latencies.extend(mine)
            self.run.failed += failed


def run_load(operation: Operation, threads: int, duration: float, max_ops: int) -> Run:
    """Call `operation` from `threads` threads for `duration` s or `max_ops` calls."""
    workers = _Workers(operation, threads, max_ops)
    for thread in workers.threads:
        thread.start()
    began = time.perf_counter()
    workers.deadline = began + duration
    workers.start.wait()
    for thread in workers.threads:
        thread.join(duration + 120)
    run = workers.run
    run.elapsed = time.perf_counter() - began
    run.ops = len(run.latencies) - run.failed
    if workers.errors:
        raise workers.errors[0]
    return run
