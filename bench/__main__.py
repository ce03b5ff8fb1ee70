"""Run the benchmarks: every module of this package with a `main(argv)`.

`python -m bench` runs them all: the figures of each module that has
`figures()` go into one table and one JSON file (bench/results/<time>.json).
`python -m bench verify --events 20000` runs one with its own options.
`--quick` (or BENCH_QUICK=1) makes a smoke run of a few seconds per module;
BENCH_STORES=sqlite measures the embedded store only.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Callable

import bench
from bench._figures import Figure, show, write
from bench._load import quick


def modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.iter_modules(bench.__path__)
        if not info.name.startswith("_")
    )


def run(name: str, argv: list[str]) -> int:
    module = importlib.import_module(f"bench.{name}")
    entry: Callable[[list[str]], int] | None = getattr(module, "main", None)
    if entry is None:
        return 0
    print(f"== bench.{name}")
    return entry(argv)


def run_all() -> int:
    """Every module: one table of all figures, then the JSON file."""
    collected: list[Figure] = []
    notes: dict[str, object] = {"quick": quick()}
    status = 0
    for name in modules():
        module = importlib.import_module(f"bench.{name}")
        figures: Callable[[], list[Figure]] | None = getattr(module, "figures", None)
        if figures is None:
            status = max(status, run(name, []))
            continue
        print(f"== bench.{name}", flush=True)
        collected += figures()
        notes |= getattr(module, "notes", dict)()
    show(collected, "jusou-ledger benchmarks" + (" (quick)" if quick() else ""))
    print(f"results: {write(collected, notes)}")
    return status


def main(argv: list[str]) -> int:
    if "--quick" in argv:
        os.environ["BENCH_QUICK"] = "1"
        argv = [arg for arg in argv if arg != "--quick"]
    if argv and argv[0] in modules():
        return run(argv[0], argv[1:])
    return run_all()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
