"""A concurrent HTTP write load: threads granting consents, one case each.

Every answer is kept (status, the consent id of a 2xx, the problem type
otherwise), so a test can check afterwards that each acknowledged write is
in the ledger exactly once. Bounded: `limit` requests per thread and
`seconds` in all, whichever ends first. A request the client gave up on
(`timeout`) counts as unanswered: it may or may not have been recorded.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

import httpx

from application.case_ledger import CaseLedger
from domain.case import Case
from tests.support.today import real_today

# Dated on the real today: the server under load runs on the real clock.
CONSENT: dict[str, Any] = {
    "given_by": "person",
    "agencies": ["shakyo"],
    "purposes": ["information_sharing", "referral"],
    "categories": ["basic"],
    "valid_from": real_today().isoformat(),
    "valid_until": (real_today() + timedelta(days=300)).isoformat(),
}
PAUSE_AFTER_FAILURE = 0.05


@dataclass(frozen=True)
class Outcome:
    """One request's answer; status 0 when none came (refused, reset)."""

    case_id: UUID
    status: int
    consent_id: str | None = None
    problem: str | None = None
    content_type: str = ""
    at: float = 0.0


def post_consent(client: httpx.Client, case_id: UUID) -> Outcome:
    try:
        response = client.post(f"/v1/cases/{case_id}/consents", json=CONSENT)
    except httpx.TransportError:
        return Outcome(case_id, 0, at=time.monotonic())
    body = response.json() if response.content else {}
    kind = response.headers.get("content-type", "")
    consent = body.get("consent_id") if response.is_success else None
    problem = None if response.is_success else body.get("type")
    return Outcome(
        case_id, response.status_code, consent, problem, kind, time.monotonic()
    )


class WriteLoad:
    """Threads granting consents on their own cases until stopped."""

    def __init__(
        self,
        base: str,
        token: str,
        cases: list[UUID],
        *,
        limit: int = 400,
        seconds: float = 60.0,
        timeout: float = 30.0,
    ) -> None:
        self.base, self.token, self.cases = base, token, cases
        self.timeout = timeout
        self.limit, self.deadline = limit, time.monotonic() + seconds
        self.outcomes: list[Outcome] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, args=(case,), daemon=True)
            for case in cases
        ]

    def start(self) -> WriteLoad:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> list[Outcome]:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)
        return self.snapshot()

    def snapshot(self) -> list[Outcome]:
        with self._lock:
            return list(self.outcomes)

    def _run(self, case_id: UUID) -> None:
        auth = {"Authorization": f"Bearer {self.token}"}
        client = httpx.Client(base_url=self.base, headers=auth, timeout=self.timeout)
        with client:
            for _ in range(self.limit):
                if self._stop.is_set() or time.monotonic() > self.deadline:
                    return
                outcome = post_consent(client, case_id)
                with self._lock:
                    self.outcomes.append(outcome)
                if not 200 <= outcome.status < 300:
                    self._stop.wait(PAUSE_AFTER_FAILURE)


def acknowledged(outcomes: list[Outcome]) -> dict[UUID, list[str]]:
    """The consent ids each case was answered 2xx for."""
    found: dict[UUID, list[str]] = {}
    for outcome in outcomes:
        if outcome.consent_id is not None:
            found.setdefault(outcome.case_id, []).append(outcome.consent_id)
    return found


def recorded_consents(ledger: CaseLedger, case_id: UUID) -> list[str]:
    """Every consent granted on the case, one entry per stored event."""
    return [
        str(event.consent.consent_id)
        for event in ledger.events.get(case_id)
        if isinstance(event, Case.ConsentGranted)
    ]


def versions(ledger: CaseLedger, case_id: UUID) -> list[int]:
    return [event.originator_version for event in ledger.events.get(case_id)]
