"""The four families of refusal; the HTTP layer answers by family."""

from __future__ import annotations


class DomainError(Exception):
    """A domain rule refused the command."""


class NotPermittedError(DomainError):
    """The act lacks a lawful basis or the actor lacks the right to act."""


class NotFoundInDomainError(DomainError):
    """The command names something that does not exist."""


class InvalidValueError(DomainError, ValueError):
    """A value given to the command is not acceptable."""
