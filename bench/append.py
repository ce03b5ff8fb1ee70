"""Durable append on PostgreSQL: a bare INSERT, the library, our command, HTTP.

Each step is judged against the one below it, measured in the same run:
psycopg single-row INSERT transactions (the storage's ceiling) → the bare
eventsourcing save of one event of a trivial aggregate → our command (a
consent or a referral: load, rules, per-person encryption, one event) → the
same command through `jusou serve` (authentication, policy, JSON).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from uuid import UUID

import httpx
import psycopg
from eventsourcing.application import Application
from eventsourcing.domain import Aggregate

from bench._figures import Figure, show
from bench._load import Run, run_load, seconds
from bench._serve import serving
from bench._stores import (
    PG_URL,
    database_url,
    fresh_ledger,
    postgres_schema,
    settings_for,
    stores,
)
from bench._workload import Workload
from interfaces.config import storage_env

GROUP = "durable append, PostgreSQL"
PAYLOAD = os.urandom(512)  # about the size of one of our stored events
MAX_OPS = 200_000
CASES = 40  # per worker, in-process
HTTP_CASES = 160  # shared out among the HTTP clients


class Tick(Aggregate):
    """A trivial aggregate: saving a new one stores exactly one event."""


class BareApplication(Application[UUID]):
    name = "BenchBare"


def raw_inserts(clients: int) -> Run:
    with postgres_schema() as schema:
        conns = [psycopg.connect(PG_URL, autocommit=True) for _ in range(clients)]
        table = f"{schema}.raw_insert"
        conns[0].execute(f"CREATE TABLE {table} (id bigserial PRIMARY KEY, b bytea)")
        insert = f"INSERT INTO {table} (b) VALUES (%s)"  # noqa: S608

        def op(worker: int, _: int) -> bool:
            conns[worker].execute(insert, (PAYLOAD,))
            return True

        try:
            run_load(op, clients, seconds(0.5), 200)
            return run_load(op, clients, seconds(3), MAX_OPS)
        finally:
            for conn in conns:
                conn.close()


def library_saves(threads: int, env: dict[str, str]) -> Run:
    app = BareApplication(env)

    def op(_: int, __: int) -> bool:
        app.save(Tick())
        return True

    try:
        run_load(op, threads, seconds(0.5), 200)
        return run_load(op, threads, seconds(3), MAX_OPS)
    finally:
        app.close()


def bare_postgres(threads: int) -> Run:
    with postgres_schema() as schema:
        env = storage_env(f"{PG_URL}?schema={schema}")
        return library_saves(threads, env)


def commands(store: str, threads: int) -> Run:
    with fresh_ledger(store) as ledger:
        workload = Workload(ledger, threads, CASES)
        run_load(workload.command, threads, seconds(0.5), 100)
        return run_load(workload.command, threads, seconds(4), MAX_OPS)


def http_runs(
    levels: tuple[int, ...], extra: dict[str, str] | None = None
) -> dict[int, Run]:
    """One `jusou serve` on a fresh schema; each level on cases of its own."""
    master = os.urandom(32)
    runs: dict[int, Run] = {}
    with database_url("postgres") as url, tempfile.TemporaryDirectory() as cwd:
        ledger = settings_for(url, master).build_ledger()
        with serving(url, master, Path(cwd), extra) as base:
            for clients in levels:
                workload = Workload(ledger, clients, max(1, HTTP_CASES // clients))
                tokens = [
                    ledger.add_user(f"bench {n}", "chuo_houkatsu", "caseworker")[1]
                    for n in range(clients)
                ]
                runs[clients] = _http_load(base, workload, tokens)
        ledger.close()
    return runs


def _http_load(base: str, workload: Workload, tokens: list[str]) -> Run:
    clients = [
        httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {t}"}, timeout=60
        )
        for t in tokens
    ]

    def op(worker: int, i: int) -> bool:
        path, body = workload.request(worker, i)
        status: int = clients[worker].post(path, json=body).status_code
        return status == 201  # noqa: PLR2004

    try:
        run_load(op, len(clients), seconds(0.5), 2 * len(clients))
        return run_load(op, len(clients), seconds(5), MAX_OPS)
    finally:
        for client in clients:
            client.close()


def rate(name: str, run: Run, base_name: str, base: Run, unit: str) -> Figure:
    return Figure(
        GROUP,
        name,
        run.rate,
        unit,
        base_name,
        base.rate,
        p50_ms=run.percentile_ms(0.5),
        p99_ms=run.percentile_ms(0.99),
    )


def _n(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _chain(n: int, raw: Run, bare: Run, ours: Run) -> list[Figure]:
    """INSERT → library save → our command, each against the step below."""
    insert = f"psycopg INSERT tx, {_n(n, 'client')}"
    save = f"library save, {_n(n, 'thread')}"
    command = f"our command, {_n(n, 'thread')}"
    return [
        rate(insert, raw, "(ceiling)", raw, "tx/s"),
        rate(save, bare, insert, raw, "events/s"),
        rate(command, ours, save, bare, "commands/s"),
    ]


def figures() -> list[Figure]:
    if "postgres" not in stores():
        return []
    raw = {n: raw_inserts(n) for n in (1, 4)}
    bare = {n: bare_postgres(n) for n in (1, 4)}
    ours = {n: commands("postgres", n) for n in (1, 4)}
    made = [f for n in (1, 4) for f in _chain(n, raw[n], bare[n], ours[n])]
    http = http_runs((1, 8, 32))
    for clients, run in http.items():
        base = f"our command, {_n(1 if clients == 1 else 4, 'thread')}"
        made.append(
            rate(
                f"HTTP, {_n(clients, 'client')}",
                run,
                base,
                ours[min(clients, 4)],
                "requests/s",
            )
        )
    for clients, run in http_runs((1, 8), {"JUSOU_PROJECTIONS": "off"}).items():
        name = f"HTTP, {_n(clients, 'client')}"
        off = f"{name}, JUSOU_PROJECTIONS=off"
        made.append(rate(off, run, name, http[clients], "requests/s"))
    return made


def main(argv: list[str]) -> int:
    del argv
    show(figures(), GROUP)
    return 0
