"""Tests of the PostgreSQL test harness itself (tests/support)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from tests.support.postgres import TEST_DATABASE_PREFIX, ThrowawayCluster, is_reachable

REPOSITORY = Path(__file__).resolve().parents[2]
PLUGIN_ONLY = ("-p", "tests.support.pg_plugin", "-p", "no:cacheprovider")


def given_a_closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def given_a_test_needing_postgres(directory: Path) -> Path:
    (directory / "pytest.ini").write_text("[pytest]\n")
    test_file = directory / "test_needs_postgres.py"
    test_file.write_text(
        "def test_needs_postgres(postgres_database_url: str) -> None:\n    pass\n"
    )
    return test_file


@pytest.mark.postgres
def test_the_run_database_accepts_a_new_table(postgres_database_url: str) -> None:
    with psycopg.connect(postgres_database_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE harness_probe (id integer PRIMARY KEY)")

        connection.execute("INSERT INTO harness_probe VALUES (1)")

        row = connection.execute("SELECT count(*) FROM harness_probe").fetchone()
    assert row == (1,)
    assert urlsplit(postgres_database_url).path.startswith(f"/{TEST_DATABASE_PREFIX}")


@pytest.mark.postgres
def test_a_throwaway_cluster_serves_on_its_own_port_and_is_gone_after_exit(
    postgres_database_url: str, postgres_server_binaries: Path
) -> None:
    with (
        ThrowawayCluster(postgres_server_binaries) as cluster,
        psycopg.connect(cluster.url) as connection,
    ):
        row = connection.execute("SHOW data_directory").fetchone()

    assert cluster.port not in {5432, urlsplit(postgres_database_url).port}
    assert row == (str(cluster.data_dir),)
    assert not is_reachable(cluster.url)
    assert not cluster.root.exists()


def test_a_closed_port_is_not_reachable() -> None:
    port = given_a_closed_port()

    reachable = is_reachable(f"postgresql://postgres@127.0.0.1:{port}/postgres")

    assert reachable is False


def test_an_unreachable_server_in_ci_fails_the_tests_that_need_it(
    tmp_path: Path,
) -> None:
    test_file = given_a_test_needing_postgres(tmp_path)
    closed = f"postgresql://postgres@127.0.0.1:{given_a_closed_port()}/postgres"
    env = {**os.environ, "CI": "true", "JUSOU_TEST_POSTGRES_URL": closed}
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPOSITORY), env.get("PYTHONPATH")])
    )

    run = subprocess.run(
        [sys.executable, "-m", "pytest", *PLUGIN_ONLY, str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.stdout
    assert "1 error" in run.stdout
    assert "skipped" not in run.stdout
    assert "CI=true, so this fails rather than skips" in run.stdout
