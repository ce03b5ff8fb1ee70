"""Durable append on SQLite, the embedded default: a bare INSERT, the library, ours.

The SQLite baseline is what the library's recorder does to a file: WAL
journal, the default `synchronous` (FULL), and one BEGIN … COMMIT per row.
One thread only: SQLite takes one writer at a time.
"""

from __future__ import annotations

import sqlite3

from bench._figures import Figure, show
from bench._load import Run, run_load, seconds
from bench._stores import sqlite_dir, stores
from bench.append import MAX_OPS, PAYLOAD, commands, library_saves

GROUP = "durable append, SQLite"


def raw_inserts() -> Run:
    with sqlite_dir() as tmp:
        conn = sqlite3.connect(
            tmp / "raw.db", isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE raw (id INTEGER PRIMARY KEY, b BLOB)")

        def op(_: int, __: int) -> bool:
            conn.execute("BEGIN")
            conn.execute("INSERT INTO raw (b) VALUES (?)", (PAYLOAD,))
            conn.execute("COMMIT")
            return True

        try:
            run_load(op, 1, seconds(0.5), 200)
            return run_load(op, 1, seconds(3), MAX_OPS)
        finally:
            conn.close()


def bare_sqlite() -> Run:
    with sqlite_dir() as tmp:
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(tmp / "bare.db"),
        }
        return library_saves(1, env)


def figures() -> list[Figure]:
    if "sqlite" not in stores():
        return []
    raw, bare, ours = raw_inserts(), bare_sqlite(), commands("sqlite", 1)
    rows = (
        ("sqlite3 INSERT tx", raw, "(ceiling)", raw, "tx/s"),
        ("library save", bare, "sqlite3 INSERT tx", raw, "events/s"),
        ("our command, 1 thread", ours, "library save", bare, "commands/s"),
    )
    return [
        Figure(
            GROUP,
            name,
            run.rate,
            unit,
            base_name,
            base.rate,
            p50_ms=run.percentile_ms(0.5),
            p99_ms=run.percentile_ms(0.99),
        )
        for name, run, base_name, base, unit in rows
    ]


def main(argv: list[str]) -> int:
    del argv
    show(figures(), GROUP)
    return 0
