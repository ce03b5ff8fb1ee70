"""Refusals of the agency registry (支援関係機関) and cooperating organisations."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError, NotFoundInDomainError


class UnknownAgencyError(NotFoundInDomainError, InvalidValueError):
    """No agency has this code."""


class UnknownCooperatingOrganisationError(NotFoundInDomainError):
    """The registry holds no cooperating organisation (協力機関) with this id."""


class InvalidAgencyEntryError(InvalidValueError):
    """The agency's code, name, fields, projects, operation or facilities are wrong."""


class InvalidCooperatingOrganisationError(InvalidValueError):
    """The cooperating organisation's name, kind or district is not acceptable."""


class RegistryDateOrderError(InvalidValueError):
    """A registry entry cannot be changed or ended before its latest change."""


class AgencyAlreadyRegisteredError(DomainError):
    """An agency with this code is already registered; codes are never reused."""


class AgencyDeactivatedError(DomainError):
    """The agency was deactivated; its entry takes no more changes."""


class CooperatingOrganisationAlreadyRegisteredError(DomainError):
    """A cooperating organisation with this id is already registered."""


class CooperatingOrganisationDeactivatedError(DomainError):
    """The cooperating organisation was already deactivated."""
