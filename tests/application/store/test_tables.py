"""Tables are created once, even when several workers start together."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from interfaces.config import Settings
from tests.application.given import given_opened_case


def test_workers_starting_together_create_the_tables_without_conflict(
    settings: Settings,
) -> None:
    ledgers = [settings.build_ledger(create_tables=False) for _ in range(4)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda ledger: ledger.create_tables(), ledgers))

    opened = given_opened_case(ledgers[0])
    assert ledgers[3].get_case(opened.case_id).version == 1
    for ledger in ledgers:
        ledger.close()


@pytest.mark.parametrize("rounds", [2])
def test_creating_tables_again_is_harmless(settings: Settings, rounds: int) -> None:
    ledger = settings.build_ledger()
    opened = given_opened_case(ledger)

    for _ in range(rounds):
        ledger.create_tables()

    assert ledger.get_case(opened.case_id).version == 1
    ledger.close()
