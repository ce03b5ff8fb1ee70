"""The write workload: consents and referrals, each worker on its own cases.

Worker `w`'s call `i` acts on its case `i % n` (so every case gets a bounded
share of the events, as real cases do): a consent grant on even rounds, a
referral to 社協 resting on it on odd rounds. One call is one command and
one stored event, like the library's one-event save it is measured against.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

from application.case_ledger import CaseLedger
from application.cases.forms import ReferralForm
from tests.application.given import INTAKE_WORKER, a_consent_form, an_intake
from tests.support.today import real_today

# The benchmark's ledgers and servers run on the real clock: what they record
# is dated today.
TODAY = real_today()
REQUESTED_ON = TODAY
UNTIL = TODAY + timedelta(days=300)
REASON = "ひきこもり相談・アウトリーチ"
CONSENT_BODY: dict[str, Any] = {
    "given_by": "person",
    "agencies": ["shakyo", "fukushi_ka"],
    "purposes": ["information_sharing", "referral", "coordinated_support_meeting"],
    "categories": ["basic", "health", "finance"],
    "valid_from": TODAY.isoformat(),
    "valid_until": UNTIL.isoformat(),
}
REFERRAL_BODY: dict[str, Any] = {
    "to_agency": "shakyo",
    "reason": REASON,
    "requested_on": REQUESTED_ON.isoformat(),
}


INTAKE = an_intake(opened_on=TODAY)


class Workload:
    """Cases opened up front for each worker; the calls that write to them."""

    def __init__(self, ledger: CaseLedger, workers: int, cases: int) -> None:
        self.ledger = ledger
        self.cases: list[list[UUID]] = [
            [ledger.open_case(INTAKE_WORKER, INTAKE).case_id for _ in range(cases)]
            for _ in range(workers)
        ]

    def target(self, worker: int, i: int) -> tuple[UUID, bool]:
        """The case of this call, and whether it grants a consent (else refers)."""
        mine = self.cases[worker]
        return mine[i % len(mine)], (i // len(mine)) % 2 == 0

    def command(self, worker: int, i: int) -> bool:
        case_id, consent = self.target(worker, i)
        if consent:
            form = a_consent_form(valid_from=TODAY, valid_until=UNTIL)
            self.ledger.grant_consent(INTAKE_WORKER, case_id, form)
        else:
            referral = ReferralForm("shakyo", REASON, REQUESTED_ON)
            self.ledger.request_referral(INTAKE_WORKER, case_id, referral)
        return True

    def request(self, worker: int, i: int) -> tuple[str, dict[str, Any]]:
        """The HTTP path and body of the same call."""
        case_id, consent = self.target(worker, i)
        if consent:
            return f"/v1/cases/{case_id}/consents", CONSENT_BODY
        return f"/v1/cases/{case_id}/referrals", REFERRAL_BODY
