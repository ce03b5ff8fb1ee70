"""Pytest plugin: a fresh PostgreSQL database for the test run.

Register it with ``pytest_plugins = ["tests.support.pg_plugin"]`` in tests/conftest.py.
The fixture ``postgres_database_url`` uses the server of ``JUSOU_TEST_POSTGRES_URL``;
when that server is unreachable, CI fails (never skips), and elsewhere the plugin
starts a throwaway cluster when the server binaries are installed, or skips.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.postgres import (
    ThrowawayCluster,
    connection_error,
    create_database,
    drop_database,
    find_server_binaries,
    redacted,
)

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
_HOW_TO_GET_ONE = (
    "start a PostgreSQL server (on Debian: apt-get install postgresql, then "
    "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) "
    "or point JUSOU_TEST_POSTGRES_URL at one (postgresql://user@host:port/db)"
)


@dataclass(frozen=True)
class _Plan:
    """Which PostgreSQL this run uses, decided once per session."""

    url: str
    error: str | None  # None: the configured server answered
    binaries: Path | None
    in_ci: bool

    def header(self) -> str:
        where = redacted(self.url)
        if self.error is None:
            return f"configured server {where}, a fresh database for this run"
        if self.in_ci:
            return f"UNAVAILABLE at {where}; CI=true, so tests needing it fail"
        if self.binaries is not None:
            return f"{where} unreachable; a throwaway cluster starts on first use"
        return f"unavailable ({where} unreachable, no initdb); tests needing it skip"


_PLAN = pytest.StashKey[_Plan]()
_CLUSTER_NOTE = pytest.StashKey[str]()


def _plan(config: pytest.Config) -> _Plan:
    if _PLAN not in config.stash:
        url = os.environ.get("JUSOU_TEST_POSTGRES_URL") or DEFAULT_URL
        in_ci = os.environ.get("CI", "").lower() in {"true", "1", "yes"}
        binaries = find_server_binaries()
        config.stash[_PLAN] = _Plan(url, connection_error(url), binaries, in_ci)
    return config.stash[_PLAN]


def pytest_report_header(config: pytest.Config) -> str:
    return f"postgresql: {_plan(config).header()}"


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if _CLUSTER_NOTE in config.stash:
        terminalreporter.write_line(f"postgresql: {config.stash[_CLUSTER_NOTE]}")


@pytest.fixture(scope="session")
def postgres_database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a database created for this run and dropped at its end."""
    with ExitStack() as stack:
        server_url = _server_url(request.config, stack)
        database_url = create_database(server_url)
        stack.callback(drop_database, server_url, database_url)
        yield database_url


@pytest.fixture(scope="session")
def postgres_server_binaries(request: pytest.FixtureRequest) -> Path:
    """The directory of initdb and pg_ctl; CI fails without them, elsewhere skips."""
    binaries = _plan(request.config).binaries
    if binaries is not None:
        return binaries
    message = (
        f"initdb/pg_ctl not found: install the PostgreSQL server ({_HOW_TO_GET_ONE})"
    )
    if _plan(request.config).in_ci:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _server_url(config: pytest.Config, stack: ExitStack) -> str:
    plan = _plan(config)
    if plan.error is None:
        return plan.url
    problem = f"PostgreSQL at {redacted(plan.url)} is unreachable ({plan.error})"
    if plan.in_ci:
        rule = "CI=true, so this fails rather than skips"
        pytest.fail(f"{problem}; {rule}: {_HOW_TO_GET_ONE}", pytrace=False)
    if plan.binaries is None:
        pytest.skip(f"{problem} and no initdb/pg_ctl is installed: {_HOW_TO_GET_ONE}")
    started = time.monotonic()
    cluster = stack.enter_context(ThrowawayCluster(plan.binaries))
    config.stash[_CLUSTER_NOTE] = (
        f"used a throwaway cluster on port {cluster.port} from {plan.binaries} "
        f"(started in {time.monotonic() - started:.1f} s); "
        f"{redacted(plan.url)} was unreachable"
    )
    return cluster.url
