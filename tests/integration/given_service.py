"""Builders and checks shared by the fault tests: cases, tokens, convergence."""

from __future__ import annotations

import time
from collections.abc import Callable
from uuid import UUID

from application.case_ledger import CaseLedger
from application.integrity.leaf import hash_rows
from application.integrity.merkle import merkle_root
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER, an_intake
from tests.support.today import real_today

CONVERGE_SECONDS = 30.0


def given_a_caseworker_and_cases(
    ledger: CaseLedger, cases: int
) -> tuple[str, list[UUID]]:
    """A token of the intake agency's caseworker, and that many open cases."""
    _, token = ledger.add_user("相談員", INTAKE_WORKER.agency, "caseworker")
    opened = [
        ledger.open_case(INTAKE_WORKER, an_intake(opened_on=real_today()))
        for _ in range(cases)
    ]
    return token, [case.case_id for case in opened]


def wait_until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s: {what}")


def caught_up(ledger: CaseLedger, models: ReadModels) -> bool:
    """The sealer and every projection have reached the end of the ledger."""
    head = ledger.recorder.max_notification_id() or 0
    sealed = ledger.integrity.size() == ledger.integrity.events.count()
    return sealed and all(models.position(name) >= head for name in models.views())


def rebuilt_root(ledger: CaseLedger) -> bytes:
    """The Merkle root recomputed from every stored row, from nothing."""
    hashes = [
        h for rows in ledger.integrity.events.stream(10_000) for h in hash_rows(rows)
    ]
    return merkle_root(hashes)


def dump(models: ReadModels) -> dict[str, list[str]]:
    """Every row of every view, in an order that does not depend on history."""
    dumped = {}
    for view in models.views().values():
        for table in view.table_names:
            rows = view.read(f"SELECT * FROM {{{table}}}")
            dumped[table] = sorted(repr(sorted(row.items())) for row in rows)
    return dumped


def views_after_rebuild(models: ReadModels) -> dict[str, list[str]]:
    models.rebuild()
    return dump(models)
