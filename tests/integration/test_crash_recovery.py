"""kill -9 of `jusou serve` during a concurrent write load, then a restart.

Four threads grant consents on four cases over HTTP; once forty were
acknowledged the server is killed (SIGKILL: no shutdown, no flush) and
started again on the same database. Every consent answered 2xx must be in
the ledger, once; and the sealer and the projections, which were killed
mid-stream too, must reach the same state as a rebuild from nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Signer
from projections.read_models import ReadModels
from tests.application.conftest import postgres_schema_url
from tests.integration.given_service import (
    CONVERGE_SECONDS,
    caught_up,
    dump,
    given_a_caseworker_and_cases,
    rebuilt_root,
    views_after_rebuild,
    wait_until,
)
from tests.support.service import Keys, Service, running
from tests.support.write_load import (
    Outcome,
    WriteLoad,
    acknowledged,
    recorded_consents,
    versions,
)

pytestmark = pytest.mark.e2e
ACKNOWLEDGED_BEFORE_KILL = 40


@dataclass
class Crash:
    """The ledger after the crash and restart, and what clients were told."""

    ledger: CaseLedger
    models: ReadModels
    keys: Keys
    cases: list[UUID]
    outcomes: list[Outcome]


def store_url(request: pytest.FixtureRequest, directory: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{directory}/ledger.db"
    return postgres_schema_url(request.getfixturevalue("postgres_database_url"))


def kill_mid_load(service: Service, token: str, cases: list[UUID]) -> list[Outcome]:
    load = WriteLoad(service.base, token, cases, timeout=10).start()
    wait_until(
        lambda: (
            sum(map(len, acknowledged(load.snapshot()).values()))
            >= ACKNOWLEDGED_BEFORE_KILL
        ),
        30,
        f"{ACKNOWLEDGED_BEFORE_KILL} writes acknowledged",
    )
    service.kill()
    return load.stop()


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def crash(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Crash]:
    directory = tmp_path_factory.mktemp("crash")
    url, keys = store_url(request, directory), Keys()
    ledger = keys.ledger(url)
    token, cases = given_a_caseworker_and_cases(ledger, 4)
    models = ReadModels.of(ledger)
    with running(Service(url, keys, directory)) as service:
        outcomes = kill_mid_load(service, token, cases)
        service.start()
        wait_until(lambda: caught_up(ledger, models), CONVERGE_SECONDS, "catch-up")
    yield Crash(ledger, models, keys, cases, outcomes)
    ledger.close()


def test_every_acknowledged_write_is_in_the_ledger(crash: Crash) -> None:
    acked = acknowledged(crash.outcomes)

    for case_id in crash.cases:
        assert set(acked[case_id]) <= set(recorded_consents(crash.ledger, case_id))


def test_no_write_is_recorded_twice_and_versions_have_no_gap(crash: Crash) -> None:
    for case_id in crash.cases:
        recorded = recorded_consents(crash.ledger, case_id)
        found = versions(crash.ledger, case_id)

        assert len(recorded) == len(set(recorded))
        assert found == list(range(1, len(found) + 1))


def test_the_sealer_converges_to_the_tree_rebuilt_from_nothing(crash: Crash) -> None:
    log = crash.ledger.integrity

    report = crash.ledger.verify_integrity(Signer(crash.keys.signing).public_key)

    assert report.intact, [f.describe() for f in report.findings]
    assert log.size() == log.events.count()
    assert log.root(log.size()) == rebuilt_root(crash.ledger)


def test_the_projections_converge_to_a_rebuild(crash: Crash) -> None:
    kept_live = dump(crash.models)

    rebuilt = views_after_rebuild(crash.models)

    assert kept_live == rebuilt
