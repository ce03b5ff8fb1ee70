"""`GET /metrics` in the Prometheus text format (prometheus-client).

Counts and latencies by route template, method and status (from
`observe.py`); at each scrape, the read models' and the sealer's lag and the
database's state (`readiness.snapshot`); access-log write failures (each a
503 `access_log_unavailable`). One registry per app, so that tests may build
many apps in one process. No personal data: route templates, codes, counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import Counter, GaugeMetricFamily, Histogram, Metric
from prometheus_client.registry import Collector
from starlette.types import Scope

from application.errors import AccessLogUnavailableError
from interfaces.http import problems
from interfaces.http.readiness import Snapshot, snapshot_within

LABELS = ("route", "method", "status")
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Followers(Collector):
    """The lags and the database state, as `scrape` last saw them."""

    def __init__(self) -> None:
        self.seen = Snapshot(database_up=False)

    def collect(self) -> Iterator[Metric]:
        seen = self.seen
        up = GaugeMetricFamily(
            "jusou_database_up", "1 when the database answered this scrape's probe"
        )
        up.add_metric([], 1.0 if seen.database_up else 0.0)
        yield up
        lag = GaugeMetricFamily(
            "jusou_projection_lag",
            "Notifications recorded but not yet applied, per read model",
            labels=["view"],
        )
        for name, behind in seen.projection_lag.items():
            lag.add_metric([name], float(behind))
        yield lag
        if seen.sealer_lag is not None:
            sealer = GaugeMetricFamily(
                "jusou_sealer_lag", "Notifications recorded but not yet sealed"
            )
            sealer.add_metric([], float(seen.sealer_lag))
            yield sealer


class Metrics:
    """The app's registry and the metrics the middleware and handlers update."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "jusou_http_requests",
            "HTTP requests answered",
            LABELS,
            registry=self.registry,
        )
        self.latency = Histogram(
            "jusou_http_request_duration_seconds",
            "Time to answer",
            LABELS,
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.access_log_failures = Counter(
            "jusou_access_log_write_failures",
            "Reads refused because their access record could not be written",
            registry=self.registry,
        )
        self.followers = Followers()
        self.registry.register(self.followers)


def observe(scope: Scope, route: str, method: str, status: int, seconds: float) -> None:
    """Count one answered request (called by observe.py for every request)."""
    metrics: Metrics | None = getattr(scope["app"].state, "metrics", None)
    if metrics is not None:
        labels = (route, method, str(status))
        metrics.requests.labels(*labels).inc()
        metrics.latency.labels(*labels).observe(seconds)


async def scrape(request: Request) -> Response:
    """Prometheus text; no authentication (docs/operations.md says why)."""
    metrics: Metrics = request.app.state.metrics
    metrics.followers.seen = await snapshot_within(request.app.state)
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)


async def _access_log_unavailable(request: Request, exc: Exception) -> Response:
    request.app.state.metrics.access_log_failures.inc()
    return await problems.refusal(request, exc)


def install(app: FastAPI) -> None:
    """After problems.install: this handler takes over AccessLogUnavailableError."""
    app.state.metrics = Metrics()
    app.add_exception_handler(AccessLogUnavailableError, _access_log_unavailable)
    app.add_api_route(
        "/metrics", scrape, methods=["GET"], tags=["health"], include_in_schema=False
    )
