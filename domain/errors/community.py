"""Refusals of community records (地域づくりの記録) and operators' tallies."""

from __future__ import annotations

from domain.errors.base import DomainError, InvalidValueError


class InvalidCommunityRecordError(InvalidValueError):
    """The community record's project, field, date, title or count is wrong."""


class UnknownCommunityKindError(InvalidCommunityRecordError):
    """No kind of community record (地域の取組) has this name."""


class DistrictRequiredError(InvalidCommunityRecordError):
    """A 第2層協議体 meeting needs its daily-life district (日常生活圏域)."""


class ParticipatingAgenciesRequiredError(InvalidCommunityRecordError):
    """A case-study meeting (事例検討) needs its participating agencies."""


class InvalidTallyError(InvalidValueError):
    """The tally's agency, month or correction reason is not acceptable."""


class UnknownTallyKindError(InvalidTallyError):
    """No kind of tally (集計値) has this name."""


class NegativeTallyError(InvalidTallyError):
    """A reported figure cannot be negative."""


class CommunityRecordWithdrawnError(DomainError):
    """The community record was withdrawn; it takes no corrections."""


class TallyAlreadyReportedError(DomainError):
    """This period's figure was already reported; send a correction instead."""
