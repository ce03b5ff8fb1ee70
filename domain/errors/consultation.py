"""Refusals of a one-off consultation's record (一回限りの相談)."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError


class InvalidConsultationError(InvalidValueError):
    """A one-off consultation needs its window, fields and codes, no free text."""


class InvalidProfileError(InvalidValueError):
    """A statistics code is not one of its vocabulary's (GET /v1/statistics-codes)."""


class ConsultationWithdrawnError(DomainError):
    """The consultation was withdrawn already (取下げ済み)."""
