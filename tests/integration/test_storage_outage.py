"""PostgreSQL stops for a few seconds under a write load, then comes back.

The test owns a throwaway cluster, runs `jusou serve` on it and four writers
(each gives up on a request after 1.5 s and sends the next). The cluster is
stopped as an operator would (`pg_ctl stop -m fast`) and started again four
seconds later. Meanwhile the service answers 503 `storage_unavailable`
(problem+json); afterwards it serves again by itself, and every write it
acknowledged is in the ledger.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest

from application.case_ledger import CaseLedger
from tests.integration.given_service import given_a_caseworker_and_cases, wait_until
from tests.support.postgres import ThrowawayCluster
from tests.support.service import Keys, Service, running
from tests.support.write_load import (
    Outcome,
    WriteLoad,
    acknowledged,
    recorded_consents,
)

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]
OUTAGE_SECONDS = 4.0
RECOVERY_SECONDS = 20.0
UNAVAILABLE = "urn:jusou:problem:storage_unavailable"


@dataclass
class Outage:
    """What the writers were told, when the cluster went and came back."""

    outcomes: list[Outcome]
    stopped_at: float
    started_at: float
    ledger: CaseLedger
    cases: list[UUID]

    def during(self) -> list[Outcome]:
        return [o for o in self.outcomes if self.stopped_at < o.at <= self.started_at]

    def after(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.at > self.started_at]


def stop_and_start(cluster: ThrowawayCluster, load: WriteLoad) -> tuple[float, float]:
    wait_until(lambda: len(acknowledged(load.snapshot())) == 4, 20, "writes flowing")
    stopped_at = time.monotonic()
    cluster.stop()
    time.sleep(OUTAGE_SECONDS)
    cluster.start()
    started_at = time.monotonic()
    wait_until(
        lambda: any(o.at > started_at and o.consent_id for o in load.snapshot()),
        RECOVERY_SECONDS,
        "a write acknowledged after the restart",
    )
    return stopped_at, started_at


@pytest.fixture(scope="module")
def outage(
    postgres_server_binaries: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Outage]:
    directory = tmp_path_factory.mktemp("outage")
    with ThrowawayCluster(postgres_server_binaries) as cluster:
        keys = Keys()
        ledger = keys.ledger(cluster.url)
        token, cases = given_a_caseworker_and_cases(ledger, 4)
        with running(Service(cluster.url, keys, directory)) as service:
            load = WriteLoad(service.base, token, cases, timeout=1.5).start()
            try:
                stopped_at, started_at = stop_and_start(cluster, load)
                time.sleep(0.5)
            finally:
                outcomes = load.stop()
        yield Outage(outcomes, stopped_at, started_at, ledger, cases)
        ledger.close()


def test_meanwhile_the_service_answers_503_storage_unavailable(outage: Outage) -> None:
    refused = [o for o in outage.during() if o.status == 503]

    assert refused, "no 503 while the database was down"
    assert {o.problem for o in refused} == {UNAVAILABLE}
    assert {o.content_type for o in refused} == {"application/problem+json"}


def test_no_answer_is_a_500_or_another_error(outage: Outage) -> None:
    # 0: the writer gave up waiting (1.5 s); 409: its abandoned request was
    # committed after all, so its next one met a newer version (a lost race).
    assert {o.status for o in outage.outcomes} <= {0, 201, 409, 503}


def test_the_service_recovers_by_itself(outage: Outage) -> None:
    assert any(o.status == 201 for o in outage.after())


def test_every_acknowledged_write_is_in_the_ledger_once(outage: Outage) -> None:
    acked = acknowledged(outage.outcomes)

    for case_id in outage.cases:
        recorded = recorded_consents(outage.ledger, case_id)
        assert set(acked[case_id]) <= set(recorded)
        assert len(recorded) == len(set(recorded))
