"""Referral (つなぎ) from one agency to another, as a closed loop."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

from domain.basis import Basis
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

# Steps that hand the person's information on, so they need the basis in force.
SHARING_STEPS = frozenset({ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED})


@dataclass(frozen=True)
class Referral:
    """A referral (つなぎ) and the lawful basis it rests on.

    `categories` are the categories of information it hands on: a consent's
    own by default, named explicitly on a 支援会議 or a statute.
    """

    class_version: ClassVar[int] = 2

    referral_id: UUID
    from_agency: str
    to_agency: str
    reason: Personal
    requested_on: date
    basis: Basis
    status: str = ReferralStatus.REQUESTED.value
    changed_on: date | None = None
    note: Personal | None = None
    categories: tuple[str, ...] = ()

    @staticmethod
    def upcast_v1_v2(data: dict[str, Any]) -> None:
        """Version 1 named only the consent relied on (`basis_consent_id`)."""
        data["basis"] = Basis.of_consent(data.pop("basis_consent_id"))

    @property
    def last_dated(self) -> date:
        return self.changed_on or self.requested_on

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
