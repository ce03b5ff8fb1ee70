"""Ledgers with history, and direct SQL for tampering the way an insider would."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any
from uuid import UUID

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Signer
from tests.application.given import given_case_with_consent

SIGNER = Signer(os.urandom(32))
OTHER_SIGNER = Signer(b"\x07" * 32)  # an insider's own key


def given_cases(ledger: CaseLedger, count: int = 3) -> None:
    for _ in range(count):
        given_case_with_consent(ledger)


def given_checkpointed_ledger(ledger: CaseLedger, count: int = 3) -> None:
    """Cases written, sealed, and a signed checkpoint; then more, checkpointed."""
    given_cases(ledger, count)
    ledger.seal_and_checkpoint(SIGNER)
    given_cases(ledger, 1)
    ledger.seal_and_checkpoint(SIGNER)


def sql(ledger: CaseLedger, text: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Run SQL on the ledger's database outside the application, and commit."""
    store = ledger.integrity.store
    with store.write() as tx:
        if text.lstrip().upper().startswith("SELECT"):
            return tx.rows(store.sql(text), params)
        tx.run(store.sql(text), params)
        return []


def event_ids(ledger: CaseLedger) -> list[int]:
    return [int(r[0]) for r in sql(ledger, "SELECT {id} FROM {events} ORDER BY {id}")]


def state_of(ledger: CaseLedger, nid: int) -> bytes:
    return bytes(sql(ledger, "SELECT state FROM {events} WHERE {id} = ?", (nid,))[0][0])


def stored_id(ledger: CaseLedger, originator_id: UUID) -> object:
    """An originator id as the store keeps it: text on SQLite, uuid on PostgreSQL."""
    return originator_id if ledger.integrity.store.postgres else originator_id.hex


def eventually(condition: Callable[[], bool], within: float = 20.0) -> None:
    """Wait for a background thread's work; a deadline, never a speed limit."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "the condition never came true"
        time.sleep(0.02)
