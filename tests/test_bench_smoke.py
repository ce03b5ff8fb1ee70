"""`make bench` in quick mode on SQLite: it runs and writes its figures.

A smoke test only: no figure is asserted on (benchmarks never are timed
assertions in tests). It takes about 5 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def test_the_quick_bench_writes_every_figure_with_its_baseline(tmp_path: Path) -> None:
    env = {**os.environ, "BENCH_STORES": "sqlite", "BENCH_RESULTS": str(tmp_path)}

    run = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert run.returncode == 0, run.stdout + run.stderr
    (written,) = tmp_path.glob("*.json")
    figures = json.loads(written.read_text(encoding="utf-8"))["figures"]
    groups = {figure["group"] for figure in figures}
    assert {"durable append, SQLite", "read a case, sqlite"} <= groups
    for figure in figures:
        assert figure["baseline"]
        assert figure["baseline_value"] > 0
        assert figure["ratio"] > 0
