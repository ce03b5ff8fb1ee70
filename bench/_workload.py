"""The write workload: consents and referrals, each worker on its own cases.

Worker `w`'s call `i` acts on its case `i % n` (so every case gets a bounded
share of the events, as real cases do): a consent grant on even rounds, a
referral to 社協 resting on it on odd rounds. One call is one command and
one stored event, like the library's one-event save it is measured against.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from application.case_ledger import CaseLedger
from tests.application.given import INTAKE_WORKER, a_consent_form, an_intake

REQUESTED_ON = date(2026, 5, 20)
REASON = "ひきこもり相談・アウトリーチ"
CONSENT_BODY: dict[str, Any] = {
    "given_by": "person",
    "agencies": ["shakyo", "fukushi_ka"],
    "purposes": ["information_sharing", "referral", "coordinated_support_meeting"],
    "categories": ["basic", "health", "finance"],
    "valid_from": "2026-05-12",
    "valid_until": "2027-03-31",
}
REFERRAL_BODY: dict[str, Any] = {
    "to_agency": "shakyo",
    "reason": REASON,
    "requested_on": REQUESTED_ON.isoformat(),
}


class Workload:
    """Cases opened up front for each worker; the calls that write to them."""

    def __init__(self, ledger: CaseLedger, workers: int, cases: int) -> None:
        self.ledger = ledger
        self.cases: list[list[UUID]] = [
            [ledger.open_case(INTAKE_WORKER, an_intake()).case_id for _ in range(cases)]
            for _ in range(workers)
        ]

    def target(self, worker: int, i: int) -> tuple[UUID, bool]:
        """The case of this call, and whether it grants a consent (else refers)."""
        mine = self.cases[worker]
        return mine[i % len(mine)], (i // len(mine)) % 2 == 0

    def command(self, worker: int, i: int) -> bool:
        case_id, consent = self.target(worker, i)
        if consent:
            self.ledger.grant_consent(INTAKE_WORKER, case_id, a_consent_form())
        else:
            self.ledger.request_referral(
                INTAKE_WORKER, case_id, "shakyo", REASON, REQUESTED_ON
            )
        return True

    def request(self, worker: int, i: int) -> tuple[str, dict[str, Any]]:
        """The HTTP path and body of the same call."""
        case_id, consent = self.target(worker, i)
        if consent:
            return f"/v1/cases/{case_id}/consents", CONSENT_BODY
        return f"/v1/cases/{case_id}/referrals", REFERRAL_BODY
