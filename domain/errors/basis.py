"""Refusals of the lawful-basis rules: dates, bases, categories, capabilities."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError, NotPermittedError


class InvalidDateError(InvalidValueError):
    """A business date is out of its bounds (日付が不正です)."""

    def __init__(self, field: str, bound: str) -> None:
        super().__init__(f"{field} {bound}")
        self.field = field
        self.bound = bound


class UnknownCategoryError(InvalidValueError):
    """A category of information is not in the vocabulary (情報の区分)."""


class InvalidBasisError(InvalidValueError):
    """The basis named is not a consent, a 支援会議 or a known statute."""


class CategoriesNotCoveredError(NotPermittedError):
    """The basis does not cover these categories of information."""


class StatuteNotApplicableError(NotPermittedError):
    """This statute cannot carry this share (who shares, or with whom)."""


class AgencyInactiveError(NotPermittedError):
    """The caller's agency is deactivated in the registry (廃止・休止)."""


class NotRunningProjectError(NotPermittedError):
    """The registry does not say this agency runs what the act needs (事業)."""


class NotWorkingOnCaseError(NotPermittedError):
    """The agency neither owns the case nor works on it on a lawful basis."""


class NotRecordingAgencyError(NotPermittedError):
    """Only the agency that recorded an activity or made a plan may void it."""


class WithdrawalBeforeActError(DomainError):
    """A withdrawal cannot be dated before an act already recorded on the consent."""


class AlreadyVoidedError(DomainError):
    """The record was already voided (取消済み)."""
