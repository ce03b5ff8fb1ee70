"""Tallies (集計値): monthly figures reported by consigned operators."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.catalogue import fiscal_year_of
from domain.catalogue.community_kinds import TallyKind
from domain.errors import (
    InvalidDateError,
    InvalidTallyError,
    NegativeTallyError,
    UnknownTallyKindError,
)

_NAMESPACE = UUID("0d6f3b5e-8f0e-4a51-bb2e-74616c6c7900")
_MONTHS = range(1, 13)


class Tally(Aggregate):
    """One operator's figure (集計値, shukeichi) of one kind for one month.

    The id is derived from kind, agency, year and month, so a period is
    reported once; a later figure for it is a correction.
    """

    class Reported(Aggregate.Created):
        """The operator reported the month's figure (報告)."""

        kind: str
        agency: str
        year: int
        month: int
        value: int
        recorded_by: str

    class Corrected(Aggregate.Event):
        """The reported figure was corrected (訂正), with a reason."""

        value: int
        reason: str
        recorded_by: str

    @event(Reported)
    def __init__(  # noqa: PLR0917 (the event's fields)
        self,
        id: UUID,
        kind: str,
        agency: str,
        year: int,
        month: int,
        value: int,
        recorded_by: str,
    ) -> None:
        self.kind = kind
        self.agency = agency
        self.year = year
        self.month = month
        self.value = value

    @staticmethod
    def id_for(kind: str, agency: str, year: int, month: int) -> UUID:
        """The one id of a period's figure (no personal data goes into it)."""
        return uuid5(_NAMESPACE, f"{kind}/{agency}/{year:04d}-{month:02d}")

    @classmethod
    def report(
        cls,
        *,
        kind: str,
        agency: str,
        year: int,
        month: int,
        value: int,
        recorded_by: str,
        today: date,
    ) -> Tally:
        """Report a month's figure, from the month's first day on (R1)."""
        _check(kind, agency, month, value)
        if date(year, month, 1) > today:
            raise InvalidDateError(
                "month", f"{year}-{month:02d} is after today ({today})"
            )
        return cls(
            id=cls.id_for(kind, agency, year, month),
            kind=kind,
            agency=agency,
            year=year,
            month=month,
            value=value,
            recorded_by=recorded_by,
        )

    @property
    def fiscal_year(self) -> int:
        """The fiscal year (年度) of the month reported."""
        return fiscal_year_of(date(self.year, self.month, 1))

    def correct(self, value: int, reason: str, recorded_by: str) -> None:
        """Replace the figure; the same figure again records nothing."""
        _check(self.kind, self.agency, self.month, value)
        if not reason.strip():
            raise InvalidTallyError("a correction needs a reason")
        if value == self.value:
            return
        self._corrected(value=value, reason=reason, recorded_by=recorded_by)

    @event(Corrected)
    def _corrected(self, value: int, reason: str, recorded_by: str) -> None:
        self.value = value


def _check(kind: str, agency: str, month: int, value: int) -> None:
    if kind not in set(TallyKind):
        raise UnknownTallyKindError(f"unknown kind: {kind}")
    if not agency:
        raise InvalidTallyError("an agency is required")
    if month not in _MONTHS:
        raise InvalidTallyError(f"not a month: {month}")
    if value < 0:
        raise NegativeTallyError(str(value))
