"""The shape of an evaluation indicator (評価指標) and its annual targets."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from domain.catalogue.fields import Field
from domain.catalogue.projects import Project

# The plan's period: 令和8〜10年度.
PLAN_YEARS: tuple[int, int, int] = (2026, 2027, 2028)

# The plans a "—" target defers to (the plan's ※…に準ずる notes).
ELDERLY_NEXT_PLAN = "第10期大田原市高齢者福祉計画・介護保険事業計画"
DISABILITY_NEXT_PLAN = (
    "第6期大田原市障害者福祉計画・"
    "第8期大田原市障害福祉計画・"
    "第4期大田原市障害児福祉計画"
)

# The plans the indicators take as reference (評価指標の参考とする計画等).
ELDERLY_PLAN = "第9期大田原市高齢者福祉計画・介護保険事業計画"
DISABILITY_PLAN = (
    "第6期大田原市障害者福祉計画・"
    "第7期大田原市障害福祉計画・"
    "第3期大田原市障害児福祉計画"
)
CHILD_PLAN = "第3期大田原市子ども・子育て支援事業計画"
SHAKYO_REPORT = "大田原市社会福祉協議会事業報告書"

_ID = re.compile(r"^[a-z][a-z0-9_]{2,79}$")


@dataclass(frozen=True)
class Target:
    """One fiscal year's target value (目標値) of an indicator.

    A target the plan leaves to another, not yet adopted plan ("—" in the
    plan's table) has no value and names that plan; it is never zero.
    """

    value: int | None
    deferred_to: str | None = None

    def __post_init__(self) -> None:
        if (self.value is None) == (self.deferred_to is None):
            raise ValueError("a target has either a value or a deferring plan")
        if self.value is not None and self.value < 0:
            raise ValueError(f"a target cannot be negative: {self.value}")

    @property
    def is_deferred(self) -> bool:
        return self.value is None

    @property
    def label_ja(self) -> str:
        """E.g. "8,000", or "未設定（第10期…に準ずる）" for a deferred target."""
        if self.value is None:
            return f"未設定（{self.deferred_to}に準ずる）"
        return f"{self.value:,}"


def plan_targets(*values: int, deferred_to: str | None = None) -> Mapping[int, Target]:
    """Targets for 令和8, 9 and 10年度; years without a value defer to a plan."""
    missing = len(PLAN_YEARS) - len(values)
    if missing < 0 or (missing > 0 and deferred_to is None):
        raise ValueError("give three values, or fewer and the deferring plan")
    deferred = [Target(None, deferred_to) for _ in range(missing)]
    padded = [*(Target(v) for v in values), *deferred]
    return MappingProxyType(dict(zip(PLAN_YEARS, padded, strict=True)))


@dataclass(frozen=True)
class Indicator:
    """An evaluation indicator (評価指標) with the plan's targets per fiscal year.

    `id` is stable and stored in reports: never change it. `field` is None for
    the new projects, which are not divided by field. `measure` says how the
    ledger counts the actual figure.
    """

    id: str
    number: int
    project: Project
    field: Field | None
    label_ja: str
    unit_ja: str
    targets: Mapping[int, Target] = dataclasses.field(hash=False)
    measure: str
    reference_plan: str | None

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise ValueError(f"indicator id is not an ASCII snake_case slug: {self.id}")
        if tuple(sorted(self.targets)) != PLAN_YEARS:
            raise ValueError(f"indicator {self.id} needs targets for {PLAN_YEARS}")

    def target(self, fiscal_year: int) -> Target:
        """The target for a fiscal year of the plan (2026–2028).

        Raises:
            ValueError: the year lies outside the plan's period.
        """
        if fiscal_year not in self.targets:
            raise ValueError(f"the plan sets no target for FY{fiscal_year}")
        return self.targets[fiscal_year]
