"""Referral (つなぎ) from one agency to another, as a closed loop."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from uuid import UUID

from domain.errors import (
    NotReceivingAgencyError,
    NotSendingAgencyError,
    ReferralTransitionError,
)
from domain.personal import Personal


class ReferralStatus(StrEnum):
    """Where a referral stands in its closed loop."""

    REQUESTED = "requested"  # 依頼
    ACCEPTED = "accepted"  # 受諾
    DECLINED = "declined"  # 辞退
    COMPLETED = "completed"  # 完了
    CANCELLED = "cancelled"  # 取消


# requested → accepted | declined | cancelled; accepted → completed | cancelled
TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.REQUESTED: frozenset(
        {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED}
    ),
    ReferralStatus.ACCEPTED: frozenset(
        {ReferralStatus.COMPLETED, ReferralStatus.CANCELLED}
    ),
}


@dataclass(frozen=True)
class Referral:
    """A referral (つなぎ) and the consent it relied on (its disclosure basis)."""

    referral_id: UUID
    from_agency: str
    to_agency: str
    reason: Personal
    requested_on: date
    basis_consent_id: UUID
    status: str = ReferralStatus.REQUESTED.value
    changed_on: date | None = None
    note: Personal | None = None

    def check_step(self, status: ReferralStatus, agency: str) -> None:
        """Refuse a step the loop does not allow, or one taken by the wrong agency.

        The receiving agency accepts, declines and completes; the sending agency
        cancels.
        """
        if status is ReferralStatus.CANCELLED:
            if agency != self.from_agency:
                raise NotSendingAgencyError(f"{agency} did not send this referral")
        elif agency != self.to_agency:
            raise NotReceivingAgencyError(f"{agency} is not the receiving agency")
        allowed = TRANSITIONS.get(ReferralStatus(self.status), frozenset())
        if status not in allowed:
            raise ReferralTransitionError(
                f"referral {self.referral_id} is {self.status}; cannot become {status}"
            )

    def moved_to(
        self, status: ReferralStatus, on: date, note: Personal | None
    ) -> Referral:
        return replace(self, status=status.value, changed_on=on, note=note)
