"""The plan's 29 evaluation indicators (評価指標), in the plan's order."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from domain.catalogue.indicator_model import PLAN_YEARS, Indicator, Target
from domain.catalogue.indicators_community import COMMUNITY_INDICATORS
from domain.catalogue.indicators_consultation import CONSULTATION_INDICATORS
from domain.catalogue.indicators_new_projects import NEW_PROJECT_INDICATORS
from domain.catalogue.projects import Project
from domain.errors import InvalidValueError, NotFoundInDomainError

__all__ = [
    "INDICATORS",
    "INDICATOR_IDS",
    "PLAN_YEARS",
    "Indicator",
    "Target",
    "UnknownIndicatorError",
    "indicator",
    "indicators_of",
]


class UnknownIndicatorError(NotFoundInDomainError, InvalidValueError):
    """No evaluation indicator (評価指標) has this id."""


INDICATORS: tuple[Indicator, ...] = (
    *CONSULTATION_INDICATORS,
    *COMMUNITY_INDICATORS,
    *NEW_PROJECT_INDICATORS,
)

_BY_ID: Mapping[str, Indicator] = MappingProxyType({i.id: i for i in INDICATORS})

INDICATOR_IDS: tuple[str, ...] = tuple(i.id for i in INDICATORS)


def indicator(indicator_id: str, /) -> Indicator:
    """The indicator with this stable id.

    Raises:
        UnknownIndicatorError: no indicator has this id.
    """
    try:
        return _BY_ID[indicator_id]
    except KeyError:
        raise UnknownIndicatorError(indicator_id) from None


def indicators_of(project: Project) -> tuple[Indicator, ...]:
    """The indicators of one project, in the plan's order."""
    return tuple(i for i in INDICATORS if i.project is project)
