"""When the event at a position of the ledger's order was recorded (both stores)."""

from __future__ import annotations

from datetime import UTC, datetime

from application.case_ledger import CaseLedger
from application.store.positions import recorded_at
from tests.application.given import given_opened_case


def test_a_position_answers_with_its_events_recording_time(
    ledger: CaseLedger,
) -> None:
    before = datetime.now(UTC)
    given_opened_case(ledger)
    after = datetime.now(UTC)
    head = ledger.recorder.max_notification_id() or 0

    moment = recorded_at(ledger, head)

    assert moment is not None
    assert before <= moment <= after


def test_outside_the_recorded_order_there_is_no_time(ledger: CaseLedger) -> None:
    assert recorded_at(ledger, 0) is None
    assert recorded_at(ledger, 10**9) is None
