"""The plan's catalogue: projects, fields, agencies, indicators, fiscal years.

Pure data from 大田原市重層的支援体制整備事業実施計画 (令和8〜10年度); no I/O.
"""

from __future__ import annotations

from domain.catalogue.agencies import (
    AGENCIES,
    AGENCY_CODES,
    UnknownAgencyError,
    agency,
)
from domain.catalogue.agency_entry import OPERATION_LABELS_JA, AgencyEntry, Operation
from domain.catalogue.fields import (
    DAILY_LIFE_DISTRICTS,
    FIELD_LABELS_JA,
    ISSUE_TAG_LABELS_JA,
    KNOWN_ISSUE_TAGS,
    ROUTE_LABELS_JA,
    Field,
    Route,
)
from domain.catalogue.fiscal_year import (
    TOKYO,
    fiscal_month_index,
    fiscal_year_bounds,
    fiscal_year_of,
    fiscal_year_of_instant,
    reiwa_label,
)
from domain.catalogue.indicators import (
    INDICATOR_IDS,
    INDICATORS,
    PLAN_YEARS,
    Indicator,
    Target,
    UnknownIndicatorError,
    indicator,
    indicators_of,
)
from domain.catalogue.projects import (
    NEW_PROJECTS,
    PROJECT_ARTICLE_ITEMS,
    PROJECT_LABELS_JA,
    Project,
)
from domain.catalogue.sections import CITY_SECTIONS, LEAD_SECTIONS, lead_section

__all__ = [
    "AGENCIES",
    "AGENCY_CODES",
    "CITY_SECTIONS",
    "DAILY_LIFE_DISTRICTS",
    "FIELD_LABELS_JA",
    "INDICATORS",
    "INDICATOR_IDS",
    "ISSUE_TAG_LABELS_JA",
    "KNOWN_ISSUE_TAGS",
    "LEAD_SECTIONS",
    "NEW_PROJECTS",
    "OPERATION_LABELS_JA",
    "PLAN_YEARS",
    "PROJECT_ARTICLE_ITEMS",
    "PROJECT_LABELS_JA",
    "ROUTE_LABELS_JA",
    "TOKYO",
    "AgencyEntry",
    "Field",
    "Indicator",
    "Operation",
    "Project",
    "Route",
    "Target",
    "UnknownAgencyError",
    "UnknownIndicatorError",
    "agency",
    "fiscal_month_index",
    "fiscal_year_bounds",
    "fiscal_year_of",
    "fiscal_year_of_instant",
    "indicator",
    "indicators_of",
    "lead_section",
    "reiwa_label",
]
