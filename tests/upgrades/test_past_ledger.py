"""The past keeps reading: a ledger recorded by an earlier version of the code.

`tests/fixtures/ledger-fy2026-v1/` was written at commit fecd1db. With today's
code a copy of it must verify intact, replay every case's history, rebuild
every read model aside (its tables predate read-model versions), and report
the same count for every indicator before and after.
"""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from eventsourcing.utils import get_topic

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from domain.case import Case
from domain.user import Role
from interfaces.config import Settings
from projections.indicator_report import IndicatorReport
from projections.read_models import NAMES, ReadModels
from projections.rebuild import Outcome
from tests.upgrades.past import PAST

AUDITOR = Actor(UUID(int=7), "system", Role.AUDITOR.value)


def _case_ids(ledger: CaseLedger) -> list[UUID]:
    opened = ledger.recorder.select_notifications(
        1, 100_000, topics=[get_topic(Case.Opened)]
    )
    return [n.originator_id for n in opened]  # type: ignore[misc]


def _counts(report: dict[str, Any]) -> dict[str, Any]:
    return {
        line["indicator_id"]: (line["actual"], line["monthly"])
        for line in report["indicators"]
    }


def test_the_past_ledger_still_verifies_intact(
    past: CaseLedger, past_settings: Settings
) -> None:
    signer = past_settings.signer()
    assert signer is not None

    report = past.verify_integrity(signer.public_key)

    assert report.intact, [f.describe() for f in report.findings]
    assert report.events >= 3293
    assert report.checkpoints >= 2


def test_every_case_of_the_past_replays_its_whole_history(past: CaseLedger) -> None:
    case_ids = _case_ids(past)

    histories = [past.case_history(AUDITOR, case_id) for case_id in case_ids]

    assert len(case_ids) == 109
    assert all(h.versions_contiguous for h in histories)
    assert all(h.state is not None for h in histories)
    assert sum(len(h.events) for h in histories) == 1622


def test_the_past_views_are_rebuilt_aside_and_report_the_counts_they_reported(
    past: CaseLedger,
) -> None:
    expected = _counts(json.loads((PAST / "indicators-2026.json").read_text()))
    models = ReadModels.of(past)
    models.create_tables()
    before = _actuals(models.indicator_report(2026))
    pending = models.pending()

    outcomes = models.upgrade()

    assert before == expected  # read from the tables the past made, meanwhile
    assert pending == list(NAMES)
    assert set(outcomes.values()) == {Outcome.SWITCHED}
    assert _actuals(models.indicator_report(2026)) == expected
    assert {(s.lag, s.state) for s in models.status()} == {(0, "current")}
    assert not any(_exists(models, table) for table in PAST_TABLES)


PAST_TABLES = ("caseload_cases", "indicator_facts", "disclosure_items", "access_log")


def _actuals(report: IndicatorReport) -> dict[str, Any]:
    return {
        line.indicator.id: (line.actual, list(line.monthly)) for line in report.lines
    }


def _exists(models: ReadModels, table: str) -> bool:
    with models.store.transaction(commit=False) as tx:
        return models.store.table_exists(tx, table)
