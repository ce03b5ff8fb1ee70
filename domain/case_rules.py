"""Queries and guards the `Case` aggregate's commands share.

Kept apart from `case.py` so that module holds only commands, events and
appliers; these methods emit nothing.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.consent import Consent, Purpose
from domain.errors import CaseClosedError, ConsentNotFoundError, ReferralNotFoundError
from domain.intake import Intake
from domain.personal import Personal
from domain.referral import Referral, ReferralStatus


class CaseRules:
    """State of a case (支援ケース) and the rules read from it."""

    intake: Intake
    summary: Personal
    consents: dict[str, Consent]
    referrals: dict[str, Referral]
    closed_on: date | None

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    def consent(self, consent_id: UUID) -> Consent:
        try:
            return self.consents[str(consent_id)]
        except KeyError:
            raise ConsentNotFoundError(str(consent_id)) from None

    def referral(self, referral_id: UUID) -> Referral:
        try:
            return self.referrals[str(referral_id)]
        except KeyError:
            raise ReferralNotFoundError(str(referral_id)) from None

    def covering_consent(
        self, agency: str, purpose: Purpose, day: date
    ) -> Consent | None:
        """The first consent granted that covers the agency and purpose on `day`.

        Judged as of the act's own date, so a later withdrawal never changes
        the answer for an earlier act.
        """
        for consent in self.consents.values():
            if consent.covers(agency, purpose, day):
                return consent
        return None

    def _check_open(self) -> None:
        if self.closed_on is not None:
            raise CaseClosedError(f"closed on {self.closed_on}")

    def _move(
        self, referral_id: UUID, status: ReferralStatus, on: date, note: Personal | None
    ) -> None:
        key = str(referral_id)
        self.referrals[key] = self.referrals[key].moved_to(status, on, note)
