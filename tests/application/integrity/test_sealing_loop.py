"""The server's sealing thread: it seals, signs, survives a failed round, stops."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from application.case_ledger import CaseLedger
from application.integrity.sealing import SealingLoop
from tests.application.integrity.given import (
    SIGNER,
    event_ids,
    eventually,
    given_cases,
    sql,
)


def a_loop(ledger: CaseLedger) -> SealingLoop:
    return SealingLoop(
        ledger.integrity, SIGNER, interval=0.02, checkpoint_every=timedelta(0)
    )


def test_the_loop_seals_new_events_and_checkpoints_them(ledger: CaseLedger) -> None:
    loop = a_loop(ledger)
    loop.start()
    try:
        given_cases(ledger, 2)

        def signed_everything() -> bool:
            latest = ledger.integrity.latest_checkpoint()
            return latest is not None and latest.tree_size == len(event_ids(ledger))

        eventually(signed_everything)
    finally:
        loop.stop()

    assert ledger.verify_integrity(SIGNER.public_key).intact


def test_a_failed_round_is_logged_without_its_message_and_sealing_goes_on(
    ledger: CaseLedger, caplog: pytest.LogCaptureFixture
) -> None:
    sql(ledger, "DROP TABLE {tracking}")
    loop = a_loop(ledger)
    caplog.set_level(logging.WARNING, logger="jusou.integrity")
    loop.start()
    try:
        eventually(lambda: loop.failures > 0)
        ledger.integrity.store.create_tables()
        given_cases(ledger, 1)
        eventually(lambda: ledger.integrity.size() == len(event_ids(ledger)))
    finally:
        loop.stop()

    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "sealing round failed" in logged
    assert "tracking" not in logged  # the database's message is never logged


def test_a_stopped_loop_ends_its_thread(ledger: CaseLedger) -> None:
    loop = a_loop(ledger)
    loop.start()

    loop.stop()

    assert not loop.running
