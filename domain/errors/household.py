"""Refusals of a household's rules (世帯): its members and their 続柄."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError


class InvalidMembershipError(InvalidValueError):
    """A household member needs a known 続柄 (relationship code)."""


class AlreadyAMemberError(DomainError):
    """The person is a member of the household already."""


class NotAHouseholdMemberError(InvalidValueError):
    """The person is not a member of the case's household on that day."""


class HeadAlreadyNamedError(DomainError):
    """The household has a head (世帯主) already; correct that member first."""


class CaseAlreadyLinkedError(DomainError):
    """The case concerns this household already."""
