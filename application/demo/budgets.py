"""The year's activity budgets at scale 1.0: which kinds, where, how many."""

from __future__ import annotations

from dataclasses import dataclass

CC, PS, OR, MA = (
    "comprehensive_consultation",
    "participation_support",
    "outreach",
    "multi_agency",
)
ELDERLY = ("pcm", "elderly", "8050_parent")
DISABLED = ("disability", "young_carer_parent", "poverty_disability")
CHILDREN = ("child", "pregnancy", "young_carer_child")
ADVOCACY = frozenset({"dementia", "abuse", "guardianship", "consumer_harm"})


@dataclass(frozen=True)
class Budget:
    """A year's activities of some kinds, on some cases, at some agency."""

    kinds: tuple[str, ...]
    project: str
    yearly: int
    archetypes: tuple[str, ...]
    agency: str | None = None  # None: the case's own agency
    monthly: bool = False  # one in every month the case is open, first
    needs_plan: str | None = None  # only after a plan under this 事業
    needs_issue: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()  # only cases of these agencies (all: empty)


BUDGETS: tuple[Budget, ...] = (
    Budget(("preventive_care_management",), CC, 8000, ("pcm",), monthly=True),
    Budget(("general_consultation",), CC, 6700, ELDERLY),
    Budget(
        ("rights_advocacy",), CC, 1000, ("elderly", "8050_parent"), needs_issue=ADVOCACY
    ),
    Budget(("continuous_care_management_support",), CC, 2100, ELDERLY),
    # The 基幹相談支援センター records its guidance on the cases it holds.
    Budget(
        ("provider_guidance",),
        CC,
        15,
        DISABLED,
        owners=frozenset({"shogai_kikan"}),
    ),
    Budget(("pregnancy_consultation",), CC, 1029, ("pregnancy",)),
    Budget(
        ("participation_support_person", "participation_support_receiver"),
        PS,
        72,
        ("8050_son", "poverty_disability"),
        "shakyo",
        needs_plan=PS,
    ),
    Budget(
        ("home_visit", "phone", "consultation", "accompanied_visit", "assessment"),
        OR,
        140,
        ("8050_son",),
        "shakyo",
    ),
    Budget(
        ("coordination",),
        MA,
        20,
        ("8050_son", "poverty_disability", "livelihood"),
        "shakyo",
        needs_plan=MA,
    ),
    Budget(("home_visit", "phone", "consultation"), CC, 8000, ELDERLY),
    Budget(
        ("consultation", "phone", "home_visit", "accompanied_visit"),
        CC,
        11000,
        DISABLED,
    ),
    Budget(("consultation", "phone", "home_visit"), CC, 4500, CHILDREN),
    Budget(
        ("consultation", "phone", "accompanied_visit"),
        CC,
        2200,
        ("livelihood", "poverty_disability", "walk_in", "8050_son"),
    ),
)
ASSESSED = 0.6  # the share of new cases assessed (アセスメント) in their first month
