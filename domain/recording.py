"""The two clocks of an act: when it happened, and when it is recorded.

A business date (`occurred_on`, `requested_on`, …) is what the caller says
happened; the recording is when the ledger writes it down. A business date
may not lie after the day it is recorded (Asia/Tokyo), nor further back
than a window (`backdate_days`), nor before what it follows (the case's
opening, the referral's request). Dates that mean the future (`valid_until`,
`review_on`, a consent's `valid_from` given in advance) are not checked here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.catalogue.fiscal_year import TOKYO
from domain.errors import InvalidDateError

DEFAULT_BACKDATE_DAYS = 90


@dataclass(frozen=True)
class Recording:
    """When a command is recorded (記録時点), and how far back it may date acts."""

    at: datetime
    today: date
    backdate_days: int = DEFAULT_BACKDATE_DAYS

    @classmethod
    def at_instant(
        cls, at: datetime, backdate_days: int = DEFAULT_BACKDATE_DAYS
    ) -> Recording:
        return cls(at, at.astimezone(TOKYO).date(), backdate_days)

    @property
    def earliest(self) -> date:
        """The first business date this recording still accepts."""
        return self.today - timedelta(days=self.backdate_days)

    def check(
        self, field: str, day: date, *, after: tuple[str, date] | None = None
    ) -> None:
        """Refuse a business date in the future, too far back, or before `after`.

        `after` names what the date may not precede, e.g. ("the case's
        opening", opened_on).
        """
        if day > self.today:
            raise InvalidDateError(field, f"{day} is after today ({self.today})")
        if day < self.earliest:
            raise InvalidDateError(
                field,
                f"{day} is more than {self.backdate_days} days back "
                f"(earliest {self.earliest})",
            )
        if after is not None and day < after[1]:
            raise InvalidDateError(field, f"{day} is before {after[0]} ({after[1]})")
