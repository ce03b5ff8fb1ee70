"""The form case taken further round the cycle, for the forms' tests.

On top of `seed_form_case`: a consent letting 西部 read on `basic` alone; an
evaluation of the plan that continues it; the case transferred to 社協, which
names its worker and closes it. Each step is its own function, so a test
takes the case as far as it needs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID, uuid4

from eventsourcing.domain import Aggregate

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import ConsentForm
from application.demo.form_case import FormCase

BASIC_READER = Actor(uuid4(), "seibu_houkatsu", "caseworker")
EVALUATION_NOTE = "居場所の利用を続け、家計相談を始める"


def let_basic_reader_in(ledger: CaseLedger, case: FormCase) -> None:
    """西部地域包括 may read the case on a consent covering `basic` alone."""
    day = ledger.today()
    consent = ConsentForm(
        given_by="person",
        agencies=("seibu_houkatsu",),
        purposes=("information_sharing",),
        categories=("basic",),
        valid_from=day - timedelta(days=2),
        valid_until=day + timedelta(days=300),
    )
    ledger.grant_consent(case.owner, case.case_id, consent)


def evaluate(ledger: CaseLedger, case: FormCase) -> None:
    """社協 evaluates the plan today and continues it for five months."""
    day = ledger.today()
    ledger.evaluate_plan(
        case.receiver,
        case.case_id,
        case.plan_id,
        evaluated_on=day,
        outcome="continue",
        next_review_on=day + timedelta(days=154),
        note=EVALUATION_NOTE,
    )


def transfer(ledger: CaseLedger, case: FormCase) -> None:
    """中央 hands the case to 社協 on a consent covering all it reveals."""
    day = ledger.today()
    consent = ConsentForm(
        given_by="person",
        agencies=("shakyo",),
        purposes=("information_sharing", "referral"),
        categories=("basic", "care", "finance", "family", "health"),
        valid_from=day - timedelta(days=1),
        valid_until=day + timedelta(days=300),
    )
    ledger.grant_consent(case.owner, case.case_id, consent)
    supervisor = Actor(case.owner.user_id, "chuo_houkatsu", "supervisor")
    ledger.transfer_case(
        supervisor, case.case_id, to_agency="shakyo", transferred_on=day
    )


def assign_and_close(ledger: CaseLedger, case: FormCase) -> None:
    """社協 names 相談員 社協二 its worker, who closes the case: goals reached."""
    day = ledger.today()
    supervisor = Actor(uuid4(), "shakyo", "supervisor")
    ledger.assign_worker(
        supervisor, case.case_id, worker=case.receiver.user_id, assigned_on=day
    )
    ledger.close_case(
        case.receiver, case.case_id, day, None, reason_code="goals_reached"
    )


def just_before(ledger: CaseLedger, case_id: UUID, kind: str) -> datetime:
    """The instant just before the first event of a kind was recorded."""
    events = ledger.events.get(case_id)
    found = next(e for e in events if type(e).__name__ == kind)
    assert isinstance(found, Aggregate.Event)
    return found.timestamp - timedelta(microseconds=1)
