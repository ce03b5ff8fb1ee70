"""/metrics counts requests and shows the lags; /readyz says when not to route here."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from interfaces.http.readiness import snapshot_within
from tests.interfaces.given_api import intake, problem
from tests.interfaces.given_app import bearer, given_service


@dataclass
class ShutGate:
    """Stands for a storage probe that found the database down."""

    open: bool = False


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text; 0 when absent."""
    for line in text.splitlines():
        if line.startswith(name + ("{" if labels else " ")) and all(
            f'{k}="{v}"' in line for k, v in labels.items()
        ):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_a_request_is_counted_by_route_template_method_and_status(
    tmp_path: Path,
) -> None:
    with given_service(tmp_path) as client:
        headers = bearer(client, "chuo_houkatsu", "caseworker")
        client.get("/v1/cases/00000000-0000-4000-8000-000000000000", headers=headers)

        text = client.get("/metrics").text

    labels = {"route": "/v1/cases/{case_id}", "method": "GET", "status": "404"}
    assert sample(text, "jusou_http_requests_total", **labels) == 1.0
    assert sample(text, "jusou_http_request_duration_seconds_count", **labels) == 1.0
    assert "00000000-0000" not in text


def test_metrics_show_the_database_up_and_each_view_and_the_sealer_lag(
    tmp_path: Path,
) -> None:
    with given_service(tmp_path, projections_in_serve=False) as client:
        headers = bearer(client, "chuo_houkatsu", "caseworker")
        client.post("/v1/cases", json=intake(), headers=headers)

        text = client.get("/metrics").text

    assert sample(text, "jusou_database_up") == 1.0
    assert sample(text, "jusou_projection_lag", view="caseloads") > 0
    assert re.search(r"^jusou_sealer_lag \d", text, re.MULTILINE)


def test_ready_when_the_database_answers_and_nothing_lags(tmp_path: Path) -> None:
    with given_service(tmp_path) as client:
        response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json()["status"] == "ready"


def test_not_ready_with_retry_after_while_the_database_is_down(
    tmp_path: Path,
) -> None:
    with given_service(tmp_path) as client:
        client.app.state.storage_gate = ShutGate()  # type: ignore[attr-defined]

        ready, alive = client.get("/readyz"), client.get("/healthz")
        metrics = client.get("/metrics").text

    assert problem(ready) == (503, "not_ready")
    assert "database" in ready.json()["detail"]
    assert int(ready.headers["retry-after"]) > 0
    assert alive.status_code == 200
    assert sample(metrics, "jusou_database_up") == 0.0


def test_not_ready_while_a_read_model_lags_past_its_bound(tmp_path: Path) -> None:
    bounds = {"projections_in_serve": False, "ready_max_projection_lag": 0}
    with given_service(tmp_path, **bounds) as client:
        headers = bearer(client, "chuo_houkatsu", "caseworker")
        client.post("/v1/cases", json=intake(), headers=headers)

        response = client.get("/readyz")

    assert problem(response) == (503, "not_ready")
    assert "projection caseloads" in response.json()["detail"]


def test_metrics_need_no_token_and_quote_no_case_data(tmp_path: Path) -> None:
    with given_service(tmp_path) as client:
        headers = bearer(client, "chuo_houkatsu", "caseworker")
        client.post("/v1/cases", json=intake(), headers=headers)

        response = client.get("/metrics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "大田原" not in response.text


def test_the_readiness_page_is_in_the_openapi_document(tmp_path: Path) -> None:
    with given_service(tmp_path) as client:
        paths = client.get("/openapi.json").json()["paths"]

    assert "/readyz" in paths
    assert "/metrics" not in paths


class HangingSource:
    """A database that takes its time to answer (a stopped one, in retries)."""

    def head(self) -> int:
        time.sleep(1.0)
        return 0


@dataclass
class HangingState:
    read_models: object = field(
        default_factory=lambda: SimpleNamespace(source=HangingSource())
    )
    ledger: object = field(default_factory=object)
    storage_gate: None = None


def test_a_database_that_hangs_counts_as_down_without_waiting_for_it() -> None:
    started = time.perf_counter()

    seen = asyncio.run(snapshot_within(HangingState(), seconds=0.1))

    assert seen.database_up is False
    assert time.perf_counter() - started < 0.9
