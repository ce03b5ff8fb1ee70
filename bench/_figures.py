"""Figures with their same-run baselines: the table and the JSON file.

Every figure names the baseline measured in the same run, on the same machine,
and `ratio` is its speed relative to that baseline: 1.0 is as fast, 0.25 is
four times slower (for times, the inverse of the time ratio).
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench._stores import postgres_version

RESULTS = Path(os.environ.get("BENCH_RESULTS") or Path(__file__).parent / "results")
TIME_UNITS = frozenset({"ms", "s"})


@dataclass(frozen=True)
class Figure:
    """One measured figure beside the baseline it is judged against."""

    group: str
    name: str
    value: float
    unit: str
    baseline: str
    baseline_value: float
    p50_ms: float | None = None
    p99_ms: float | None = None

    @property
    def ratio(self) -> float:
        if self.value <= 0 or self.baseline_value <= 0:
            return 0.0
        if self.unit in TIME_UNITS:
            return self.baseline_value / self.value
        return self.value / self.baseline_value

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": round(self.ratio, 4)}


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}"  # noqa: PLR2004


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value:,.1f}"


def table(figures: Sequence[Figure], title: str) -> Table:
    grid = Table(title=title, title_justify="left")
    for column in ("group", "figure", "value", "unit", "p50 ms", "p99 ms"):
        grid.add_column(column, justify="right" if "ms" in column else "left")
    grid.add_column("baseline (same run)")
    grid.add_column("baseline value", justify="right")
    grid.add_column("ratio", justify="right")
    for f in figures:
        grid.add_row(
            f.group,
            f.name,
            _number(f.value),
            f.unit,
            _ms(f.p50_ms),
            _ms(f.p99_ms),
            f.baseline,
            _number(f.baseline_value),
            f"{f.ratio:.3f}",
        )
    return grid


def show(figures: Sequence[Figure], title: str) -> None:
    Console(width=200).print(table(figures, title))


def machine() -> dict[str, Any]:
    """Where the figures were measured: cores, CPU model, PostgreSQL."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines()
        models = [
            line.split(":", 1)[1].strip() for line in lines if "model name" in line
        ]
        model = models[0] if models else ""
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "postgresql": postgres_version(),
    }


def write(figures: Sequence[Figure], extra: dict[str, Any]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"{stamp}.json"
    body = {
        "at": stamp,
        "machine": machine(),
        **extra,
        "figures": [f.as_json() for f in figures],
    }
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
