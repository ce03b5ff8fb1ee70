"""Refusals of users (利用者) and their tokens."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError


class InvalidUserError(InvalidValueError):
    """The user's name or role is not acceptable."""


class UserDeactivatedError(DomainError):
    """The user was deactivated and may no longer act."""


class TokenRevokedError(DomainError):
    """The token was revoked."""
