"""The demo year is planned deterministically and uses fictional people only."""

from __future__ import annotations

import random

from application.demo.cases_plan import CasePlanner
from application.demo.clock import DemoIds
from application.demo.model import DemoCase
from application.demo.people import FAMILY
from application.demo.year import DemoYear
from domain.catalogue import fiscal_year_of


def planned(seed: int) -> list[DemoCase]:
    return CasePlanner(random.Random(seed), DemoYear(2026), 0.05).plan()  # noqa: S311


def test_the_same_seed_plans_the_same_year_and_the_same_ids() -> None:
    first, second = planned(3), planned(3)

    assert first == second
    assert [DemoIds(3)() for _ in range(3)] == [DemoIds(3)() for _ in range(3)]
    assert planned(4) != first


def test_every_planned_case_is_in_the_year_with_a_fictional_name() -> None:
    cases = planned(5)

    families = {family for family, _ in FAMILY}
    assert all(fiscal_year_of(c.opened_on) == 2026 for c in cases)
    assert all(c.person.name.split()[0] in families for c in cases)
    assert all(c.person.phone and c.person.phone.startswith("000-") for c in cases)
    assert all(c.closes_on is None or c.closes_on >= c.opened_on for c in cases)
    assert {c.archetype for c in cases} >= {"8050_son", "young_carer_child", "pcm"}
