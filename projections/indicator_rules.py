"""docs/indicators.md as code: which event counts toward which indicator, and how.

Pure functions and tables, no I/O. Each counted thing becomes a fact keyed by
(indicator, source, dimension): the source is the activity, plan, case,
record or tally it comes from, so a correction replaces it and a withdrawal
removes it; the dimension is what a rule needs beside the count (a district,
a participating agency, the intake agency, the reporting operator).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from domain.catalogue.activities import ActivityKind
from domain.catalogue.agency_entry import Operation
from domain.catalogue.community_kinds import CommunityKind, TallyKind
from domain.catalogue.facilities import FacilityType
from domain.catalogue.fields import Field
from domain.catalogue.projects import Project
from domain.community.statement import CommunityStatement
from domain.profile import Profile


class Rule(StrEnum):
    """How an indicator's facts make its figure (docs/indicators.md)."""

    COUNT = "count"  # the sum of the facts (each 1)
    DISTINCT = "distinct"  # distinct dimensions (agencies) over the facts
    WINDOW_COUNT = "window_count"  # count at the 自立相談支援 window only
    TALLY_SUM = "tally_sum"  # sum of the monthly figures
    TALLY_LATEST = "tally_latest"  # each operator's latest month, summed
    TALLY_MEAN = "tally_mean"  # per month the sum over operators; their mean
    AT_YEAR_END = "at_year_end"  # registry entries active on 31 March


_ACTIVITY_KINDS: Mapping[str, str] = MappingProxyType(
    {
        ActivityKind.PREVENTIVE_CARE_MANAGEMENT: (
            "consultation_elderly_preventive_care_management"
        ),
        ActivityKind.GENERAL_CONSULTATION: "consultation_elderly_general_consultation",
        ActivityKind.RIGHTS_ADVOCACY: "consultation_elderly_rights_advocacy",
        ActivityKind.CONTINUOUS_CARE_MANAGEMENT_SUPPORT: (
            "consultation_elderly_continuous_care_management_support"
        ),
        ActivityKind.PROVIDER_GUIDANCE: "consultation_disability_provider_guidance",
        ActivityKind.PREGNANCY_CONSULTATION: (
            "consultation_child_pregnancy_consultations"
        ),
        ActivityKind.PARTICIPATION_SUPPORT_PERSON: "participation_support_activities",
        ActivityKind.PARTICIPATION_SUPPORT_RECEIVER: "participation_support_activities",
        ActivityKind.COORDINATION: "multi_agency_coordinations",
    }
)
OUTREACH_ACTIVITIES = "outreach_support_activities"

PLAN_PROJECTS: Mapping[str, str] = MappingProxyType(
    {
        Project.PARTICIPATION_SUPPORT: "participation_support_plans_created",
        Project.OUTREACH: "outreach_support_plans_created",
        Project.MULTI_AGENCY: "multi_agency_support_plans_created",
    }
)

NEW_LIVELIHOOD_CASES = "consultation_livelihood_new_consultations"
CASE_STUDY_SESSIONS = "consultation_disability_case_study_sessions"
CASE_STUDY_PARTICIPANTS = "consultation_disability_case_study_participants"
TRAINING_SESSIONS = "multi_agency_training_sessions"
COOPERATING_ORGANISATIONS = "participation_cooperating_organizations"

_COMMUNITY_KINDS: Mapping[str, str] = MappingProxyType(
    {
        CommunityKind.CASE_STUDY_MEETING: CASE_STUDY_SESSIONS,
        CommunityKind.EXPERT_SUBCOMMITTEE_MEETING: (
            "consultation_disability_subcommittee_sessions"
        ),
        CommunityKind.STAFF_DEVELOPMENT_SUPPORT: (
            "consultation_disability_provider_staff_development"
        ),
        CommunityKind.LIAISON_INITIATIVE: "consultation_disability_liaison_initiatives",
        CommunityKind.COUNCIL_MEETING: "community_elderly_tier2_council_meetings",
        CommunityKind.NEW_SERVICE_CREATED: "community_elderly_new_services_created",
    }
)

TALLY_KINDS: Mapping[str, str] = MappingProxyType(
    {
        TallyKind.VOLUNTEERS_REGISTERED: "community_elderly_volunteers_registered",
        TallyKind.ACTIVITY_CENTER_USERS: "community_disability_activity_center_users",
        TallyKind.CHILD_REARING_CENTER_MONTHLY_USERS: "community_child_monthly_users",
        TallyKind.WATCH_ACTIVITIES: "community_livelihood_watch_activities",
    }
)

FACILITY_TYPES: Mapping[str, str] = MappingProxyType(
    {
        FacilityType.CHILD_FAMILY_CENTER: "consultation_child_family_centers",
        FacilityType.COMMUNITY_ACTIVITY_CENTER: (
            "community_disability_activity_centers"
        ),
        FacilityType.CHILD_REARING_SUPPORT_CENTER: "community_child_support_centers",
    }
)

RULES: Mapping[str, Rule] = MappingProxyType(
    {
        CASE_STUDY_PARTICIPANTS: Rule.DISTINCT,
        NEW_LIVELIHOOD_CASES: Rule.WINDOW_COUNT,
        "community_elderly_volunteers_registered": Rule.TALLY_LATEST,
        "community_disability_activity_center_users": Rule.TALLY_LATEST,
        "community_child_monthly_users": Rule.TALLY_MEAN,
        "community_livelihood_watch_activities": Rule.TALLY_SUM,
        **dict.fromkeys(FACILITY_TYPES.values(), Rule.AT_YEAR_END),
        COOPERATING_ORGANISATIONS: Rule.AT_YEAR_END,
    }
)


def rule_of(indicator_id: str) -> Rule:
    return RULES.get(indicator_id, Rule.COUNT)


def activity_indicator(kind: str, project: str) -> str | None:
    """The indicator an activity counts toward (rows 1–5, 12, 23, 26, 28)."""
    if kind in _ACTIVITY_KINDS:
        return _ACTIVITY_KINDS[kind]
    return OUTREACH_ACTIVITIES if project == Project.OUTREACH else None


def statement_facts(statement: CommunityStatement) -> list[tuple[str, str]]:
    """(indicator, dimension) pairs a community record counts toward."""
    kind = statement.kind
    if kind == CommunityKind.TRAINING_SESSION:
        multi_agency = statement.project == Project.MULTI_AGENCY
        return [(TRAINING_SESSIONS, "")] if multi_agency else []
    if kind not in _COMMUNITY_KINDS:
        return []
    facts = [(_COMMUNITY_KINDS[kind], statement.district or "")]
    if kind == CommunityKind.CASE_STUDY_MEETING:
        agencies = sorted(set(statement.participating_agencies))
        facts += [(CASE_STUDY_PARTICIPANTS, agency) for agency in agencies]
    return facts


def counts_new_livelihood_case(fields: tuple[str, ...]) -> bool:
    """Row 13 counts cases opened with the livelihood field (at the window)."""
    return Field.LIVELIHOOD in fields


def runs_livelihood_window(
    fields: tuple[str, ...], projects: tuple[str, ...], operation: str
) -> bool:
    """The 自立相談支援 window: field livelihood under 包括的相談支援事業.

    A city section (主管課) leads that pair without being the window, so
    `operation` "city" is left out: the window is the 社会福祉協議会.
    """
    return (
        Field.LIVELIHOOD in fields
        and Project.COMPREHENSIVE_CONSULTATION in projects
        and operation != Operation.CITY
    )


def facility_indicators(facility_types: tuple[str, ...]) -> tuple[str, ...]:
    """The at-year-end indicators an agency's facility types count toward."""
    return tuple(
        sorted({FACILITY_TYPES[t] for t in facility_types if t in FACILITY_TYPES})
    )


@dataclass(frozen=True)
class Source:
    """What feeds an indicator: a kind of record and the code that selects it."""

    record: str  # activity, outreach, plan, community, participants, training,
    #              tally, facility, case, organisation
    code: str = ""


def sources_of(indicator_id: str) -> tuple[Source, ...]:
    """The records that count toward an indicator, read from the tables above."""
    tables = (
        ("activity", _ACTIVITY_KINDS),
        ("plan", PLAN_PROJECTS),
        ("community", _COMMUNITY_KINDS),
        ("tally", TALLY_KINDS),
        ("facility", FACILITY_TYPES),
    )
    found = [
        Source(record, code)
        for record, table in tables
        for code, target in table.items()
        if target == indicator_id
    ]
    found += [Source(r, c) for i, r, c in _SPECIAL if i == indicator_id]
    return tuple(found)


_SPECIAL = (
    (OUTREACH_ACTIVITIES, "outreach", Project.OUTREACH.value),
    (CASE_STUDY_PARTICIPANTS, "participants", CommunityKind.CASE_STUDY_MEETING.value),
    (TRAINING_SESSIONS, "training", Project.MULTI_AGENCY.value),
    (NEW_LIVELIHOOD_CASES, "case", Field.LIVELIHOOD.value),
    (COOPERATING_ORGANISATIONS, "organisation", ""),
)


STATISTICS = "statistics"  # the prefix of statistics' facts (no indicator's)


def statistics_facts(
    origin: str, agency: str, profile: Profile
) -> list[tuple[str, str]]:
    """(fact id, code) pairs of a profile: `statistics.<origin>.<vocabulary>`.

    `origin` is `intake` or `consultation`; the agency is counted too, so
    that every breakdown adds up to the same total.
    """
    coded = [("agency", agency), *profile.coded()]
    return [(f"{STATISTICS}.{origin}.{name}", code) for name, code in coded]


CLOSURE_REASONS = f"{STATISTICS}.closure.reason"
