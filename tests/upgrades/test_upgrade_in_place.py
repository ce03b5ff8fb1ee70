"""A city upgrades in place: the code bumps a read model's version.

A database built and kept by version 1 of the caseloads; a server of the
code with version 2 (one more column) starts on it, rebuilds the caseloads
aside while another client keeps reading the old view, then switches. On a
SQLite file and on PostgreSQL; and on PostgreSQL two such servers starting
together rebuild it once. The rebuild waits at a gate until the test has
seen what it must see meanwhile (reads, or the other server stepping aside).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from projections.read_models import ReadModels
from tests.application.conftest import postgres_schema_url
from tests.integration.given_service import wait_until
from tests.projections.given import a_case
from tests.support.service import running
from tests.upgrades.caseloads_v2 import NEW, V2, CaseloadsV2View
from tests.upgrades.given_upgrade import (
    OldDatabase,
    Reader,
    ServerV2,
    given_an_old_database,
    live_version,
    reading,
    table_exists,
)

pytestmark = pytest.mark.e2e
CASES = 40
SECONDS = 60.0


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OldDatabase]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/ledger.db"
    else:
        url = postgres_schema_url(request.getfixturevalue("postgres_database_url"))
    database = given_an_old_database(url, CASES)
    yield database
    database.ledger.close()


def test_a_server_of_the_next_version_rebuilds_aside_while_a_client_reads(
    old: OldDatabase, tmp_path: Path
) -> None:
    v1 = next(s.live for s in old.models.status() if s.name == "caseloads")
    server = ServerV2(old.url, old.keys, tmp_path)
    reader = Reader(server.base, old.token, old.models)

    with running(server), reading(reader):
        wait_until(lambda: reader.during_rebuild >= 3, SECONDS, "reads meanwhile")
        (tmp_path / server.gate).touch()
        a_case(old.ledger)  # recorded while the rebuild runs
        wait_until(lambda: live_version(old.models) == NEW, SECONDS, "the switch")
        with reader.client() as client:
            after = reader.read(client, min_position=old.models.source.head())

    new = ReadModels.of(old.ledger, V2).caseloads
    assert isinstance(new, CaseloadsV2View)
    assert reader.errors == []
    assert min(reader.open_cases) >= CASES
    assert after == CASES + 1
    assert sum(new.opened_months().values()) == CASES + 1
    assert len(new.read("SELECT opened_month FROM {caseload_cases}")) == CASES + 1
    assert not table_exists(old.models, v1.table("caseload_cases"))
    assert "Traceback" not in server.log_text()


@pytest.mark.postgres
def test_two_servers_starting_together_rebuild_it_once(
    postgres_database_url: str, tmp_path: Path
) -> None:
    old = given_an_old_database(postgres_schema_url(postgres_database_url), CASES)
    servers = [ServerV2(old.url, old.keys, tmp_path) for _ in range(2)]

    try:
        for server in servers:
            server.spawn()  # both at once
        for server in servers:
            server.wait_until_up()
        wait_until(lambda: "caseloads: busy" in logs(servers), SECONDS, "busy")
        (tmp_path / "gate").touch()
        wait_until(lambda: live_version(old.models) == NEW, SECONDS, "the switch")
    finally:
        for server in servers:
            server.stop()
        old.ledger.close()

    rebuilt = [s for s in servers if "caseloads: rebuilding aside" in s.log_text()]
    switched = [s for s in servers if "caseloads: switched" in s.log_text()]
    assert (len(rebuilt), len(switched)) == (1, 1)
    assert "Traceback" not in logs(servers)


def logs(servers: list[ServerV2]) -> str:
    return "".join(server.log_text() for server in servers)
