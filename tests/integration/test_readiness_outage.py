"""/readyz and /metrics while PostgreSQL stops and comes back.

A throwaway cluster is stopped as an operator would (`pg_ctl stop -m fast`):
readiness turns 503 `not_ready` with `Retry-After`, naming the database,
and the metrics say the database is down; liveness still answers. When the
cluster is started again, readiness is 200 again by itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.integration.given_service import wait_until
from tests.support.postgres import ThrowawayCluster
from tests.support.service import Keys, Service, running

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]
SECONDS = 20.0


@dataclass
class Seen:
    before: httpx.Response
    during: httpx.Response
    alive_during: httpx.Response
    metrics_during: str
    after: httpx.Response


def readyz(service: Service) -> httpx.Response:
    return httpx.get(f"{service.base}/readyz", timeout=10)


def through_an_outage(cluster: ThrowawayCluster, service: Service) -> Seen:
    before = readyz(service)
    cluster.stop()
    wait_until(lambda: readyz(service).status_code == 503, SECONDS, "not ready")
    during = readyz(service)
    alive = httpx.get(f"{service.base}/healthz", timeout=10)
    metrics = httpx.get(f"{service.base}/metrics", timeout=10).text
    cluster.start()
    wait_until(lambda: readyz(service).status_code == 200, SECONDS, "ready again")
    return Seen(before, during, alive, metrics, readyz(service))


@pytest.fixture(scope="module")
def seen(
    postgres_server_binaries: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Seen]:
    directory = tmp_path_factory.mktemp("readiness")
    with (
        ThrowawayCluster(postgres_server_binaries) as cluster,
        running(Service(cluster.url, Keys(), directory)) as service,
    ):
        yield through_an_outage(cluster, service)


def test_ready_before_the_outage(seen: Seen) -> None:
    assert seen.before.status_code == 200


def test_not_ready_with_retry_after_while_the_database_is_down(seen: Seen) -> None:
    assert seen.during.status_code == 503
    assert seen.during.headers["content-type"] == "application/problem+json"
    assert seen.during.json()["type"] == "urn:jusou:problem:not_ready"
    assert "database" in seen.during.json()["detail"]
    assert int(seen.during.headers["retry-after"]) > 0


def test_alive_and_measured_while_the_database_is_down(seen: Seen) -> None:
    assert seen.alive_during.json() == {"status": "ok"}
    assert "jusou_database_up 0.0" in seen.metrics_during


def test_ready_again_by_itself_when_the_database_is_back(seen: Seen) -> None:
    assert seen.after.status_code == 200
