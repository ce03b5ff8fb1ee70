"""A small demo year: the report equals an independent count from the events,
and a rebuild from zero reproduces it exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from application.case_ledger import CaseLedger
from application.demo.clock import DemoClock, DemoIds
from application.demo.seeder import DemoSeeder, LedgerNotEmptyError, SeedSummary
from domain.catalogue import INDICATOR_IDS
from interfaces.cli.demo import demo_ledger
from projections.access_log import AccessQuery
from projections.disclosures import DisclosureQuery
from projections.read_models import ReadModels
from tests.projections.conftest import STORES, store_settings
from tests.projections.reference_counter import Reference

SCALE, SEED = 0.02, 11
Seeded = tuple[CaseLedger, ReadModels, SeedSummary]


@pytest.fixture(scope="module", params=STORES)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Seeded]:
    settings = store_settings(request, str(tmp_path_factory.mktemp("year")))
    clock, ids = DemoClock(), DemoIds(SEED)
    ledger = demo_ledger(settings, clock, ids)
    summary = DemoSeeder(ledger, clock, ids, 2026, SCALE, SEED).run()
    models = ReadModels.of(ledger)
    models.create_tables()
    models.follower().catch_up()
    yield ledger, models, summary
    ledger.close()


def test_the_seeded_year_touches_every_indicator_and_every_kind_of_event(
    seeded: Seeded,
) -> None:
    _, models, summary = seeded

    report = models.indicator_report(2026)

    assert summary.events > 1000
    assert summary.cases > 50
    assert summary.meetings >= 2
    assert [line.indicator.id for line in report.lines] == list(INDICATOR_IDS)
    assert all(line.actual > 0 for line in report.lines)
    assert models.disclosures.disclosures(DisclosureQuery())
    assert models.access_log.accesses(AccessQuery())
    assert models.caseloads.plans_due(date(2027, 6, 30))


def test_the_report_equals_an_independent_count_from_the_events(
    seeded: Seeded,
) -> None:
    ledger, models, _ = seeded
    expected = Reference(ledger, 2026).figures()

    report = models.indicator_report(2026)

    got = {
        line.indicator.id: (float(line.actual), tuple(float(m) for m in line.monthly))
        for line in report.lines
    }
    assert got == {i: expected[i] for i in INDICATOR_IDS}


def test_a_rebuild_from_zero_reproduces_the_same_report(seeded: Seeded) -> None:
    _, models, _ = seeded
    before = models.indicator_report(2026)

    models.rebuild(batch_size=97)

    assert models.indicator_report(2026) == before


def test_seeding_a_ledger_that_holds_cases_is_refused(seeded: Seeded) -> None:
    ledger, _, _ = seeded
    clock = DemoClock()

    with pytest.raises(LedgerNotEmptyError):
        DemoSeeder(ledger, clock, DemoIds(SEED), 2026, SCALE, SEED).run()
