"""Snapshots that survive new code (application/store/snapshots.py), on both stores.

A snapshot written by today's code is read by the next version of `Case`:
upcast when the class has a rule for it, otherwise ignored (the case is
replayed from its events) and a fresh snapshot of the new shape taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from application.case_ledger import CaseLedger
from application.store.loading import replay
from domain.case import Case
from interfaces.config import Settings
from tests.application.given import INTAKE_WORKER, a_consent_form, given_opened_case

NEXT = Case.class_version + 1


class SnapshotEveryFive(CaseLedger):
    """Snapshots a case every 5 events, so a short case has one."""

    snapshotting_intervals = {Case: 5}  # noqa: RUF012


@pytest.fixture
def snapshotting(settings: Settings) -> Iterator[CaseLedger]:
    ledger = SnapshotEveryFive(settings.ledger_env(), keyring=settings.keyring())
    ledger.create_tables()
    yield ledger
    ledger.close()


def given_case_with_a_snapshot(ledger: CaseLedger, events: int = 5) -> UUID:
    """A case of `events` events (1 opening, the rest consents): snapshot at 5."""
    case_id = given_opened_case(ledger).case_id
    for _ in range(events - 1):
        ledger.grant_consent(INTAKE_WORKER, case_id, a_consent_form())
    return case_id


def stored_snapshots(ledger: CaseLedger, case_id: UUID) -> list[tuple[int, int]]:
    """(version, class_version) of each stored snapshot of the case."""
    assert ledger.snapshots is not None
    return [
        (s.originator_version, getattr(s, "state", {}).get("class_version", 1))
        for s in ledger.snapshots.get(case_id)
    ]


def replayed(ledger: CaseLedger, case_id: UUID) -> dict[str, Any]:
    state: dict[str, Any] = vars(replay(None, ledger.events.get(case_id)))
    return state


def test_todays_code_writes_its_class_version_into_the_snapshot(
    snapshotting: CaseLedger,
) -> None:
    case_id = given_case_with_a_snapshot(snapshotting)

    assert stored_snapshots(snapshotting, case_id) == [(5, Case.class_version)]


def test_an_older_snapshot_is_upcast_when_a_rule_for_it_exists(
    snapshotting: CaseLedger, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = given_case_with_a_snapshot(snapshotting)

    def rule(state: dict[str, Any]) -> None:
        state["reviewed"] = "by the rule"  # a field the next version adds

    monkeypatch.setattr(Case, "class_version", NEXT)
    monkeypatch.setattr(Case, f"upcast_v{NEXT - 1}_v{NEXT}", rule, raising=False)
    loaded = snapshotting.get_case(case_id)

    assert vars(loaded)["reviewed"] == "by the rule"  # read from the snapshot
    assert stored_snapshots(snapshotting, case_id) == [(5, NEXT - 1)]


def test_an_older_snapshot_without_a_rule_is_ignored_and_replaced(
    snapshotting: CaseLedger, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = given_case_with_a_snapshot(snapshotting, events=7)  # snapshot at 5

    monkeypatch.setattr(Case, "class_version", NEXT)
    loaded = snapshotting.get_case(case_id)

    assert vars(loaded) == replayed(snapshotting, case_id)
    assert stored_snapshots(snapshotting, case_id) == [(5, NEXT - 1), (7, NEXT)]
    again = snapshotting.get_case(case_id)  # now from the fresh snapshot
    assert vars(again) == vars(loaded)


def test_a_snapshot_that_no_longer_decodes_is_ignored(
    snapshotting: CaseLedger, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = given_case_with_a_snapshot(snapshotting, events=6)

    def unreadable(*_: Any, **__: Any) -> Any:
        raise TypeError("a value of the snapshot changed shape with no rule")

    assert snapshotting.snapshots is not None
    monkeypatch.setattr(snapshotting.snapshots, "get", unreadable)
    loaded = snapshotting.get_case(case_id)

    assert vars(loaded) == replayed(snapshotting, case_id)
