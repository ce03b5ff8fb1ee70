"""The rules of docs/indicators.md as the naive reference counter reads them.

Written out again from the document, not imported from `projections/`.
"""

from __future__ import annotations

from typing import Any

# indicator: (the activity kinds it counts, or None for any; the 事業, or None)
KIND_RULES: dict[str, tuple[set[str] | None, str | None]] = {
    "consultation_elderly_preventive_care_management": (
        {"preventive_care_management"},
        None,
    ),
    "consultation_elderly_general_consultation": ({"general_consultation"}, None),
    "consultation_elderly_rights_advocacy": ({"rights_advocacy"}, None),
    "consultation_elderly_continuous_care_management_support": (
        {"continuous_care_management_support"},
        None,
    ),
    "consultation_disability_provider_guidance": ({"provider_guidance"}, None),
    "consultation_child_pregnancy_consultations": ({"pregnancy_consultation"}, None),
    "participation_support_activities": (
        {"participation_support_person", "participation_support_receiver"},
        None,
    ),
    "outreach_support_activities": (None, "outreach"),
    "multi_agency_coordinations": ({"coordination"}, None),
}
PLAN_RULES = {
    "participation_support": "participation_support_plans_created",
    "outreach": "outreach_support_plans_created",
    "multi_agency": "multi_agency_support_plans_created",
}
RECORD_RULES = {
    "staff_development_support": "consultation_disability_provider_staff_development",
    "liaison_initiative": "consultation_disability_liaison_initiatives",
    "case_study_meeting": "consultation_disability_case_study_sessions",
    "expert_subcommittee_meeting": "consultation_disability_subcommittee_sessions",
    "council_meeting": "community_elderly_tier2_council_meetings",
    "new_service_created": "community_elderly_new_services_created",
}
FACILITIES = {
    "consultation_child_family_centers": "child_family_center",
    "community_disability_activity_centers": "community_activity_center",
    "community_child_support_centers": "child_rearing_support_center",
}


def _monthly(rows: list[list[Any]]) -> tuple[float, ...]:
    months = [0.0] * 12
    for _, slot, value in rows:
        months[slot] += value
    return tuple(months)


def tally_sum(rows: list[list[Any]]) -> tuple[float, tuple[float, ...]]:
    monthly = _monthly(rows)
    return sum(monthly), monthly


def tally_mean(rows: list[list[Any]]) -> tuple[float, tuple[float, ...]]:
    monthly = _monthly(rows)
    reported = [monthly[slot] for slot in sorted({slot for _, slot, _ in rows})]
    return (round(sum(reported) / len(reported), 1) if reported else 0.0), monthly


def tally_latest(rows: list[list[Any]]) -> tuple[float, tuple[float, ...]]:
    last: dict[str, tuple[int, float]] = {}
    for agency, slot, value in rows:
        if agency not in last or slot > last[agency][0]:
            last[agency] = (slot, value)
    return float(sum(v for _, v in last.values())), _monthly(rows)
