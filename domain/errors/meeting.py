"""Refusals of meetings (支援会議・重層的支援会議) and their disclosures."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError, NotPermittedError


class ConfidentialityNotAcknowledgedError(NotPermittedError):
    """A recipient has not acknowledged confidentiality (守秘義務) in this meeting."""


class NotAParticipantError(NotPermittedError):
    """The agency does not take part in this meeting."""


class InvalidMeetingError(InvalidValueError):
    """The meeting's kind, members or agenda are not acceptable."""


class InvalidDisclosureError(InvalidValueError):
    """The disclosure names no recipients, or discloses to its own agency."""


class MeetingClosedError(DomainError):
    """The meeting is closed; its record takes nothing more."""


class CaseNotDiscussedError(DomainError):
    """The case is not on this meeting's agenda."""


class PlanApprovalNotAllowedError(DomainError):
    """Support plans are approved at a 重層的支援会議, not a 支援会議."""


class NotAConvenerError(NotPermittedError):
    """Meetings are convened by a city section or the 多機関協働 operator."""
