"""Commands on a case's referrals (つなぎ): request, then each closed-loop step."""

from __future__ import annotations

from datetime import date
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.basis import Basis
from domain.case_sharing import CaseSharing
from domain.case_state import CaseState
from domain.catalogue.categories import unknown_categories
from domain.consent import Purpose
from domain.errors import (
    ConsentRequiredError,
    InvalidBasisError,
    SelfReferralError,
    UnknownCategoryError,
)
from domain.personal import Personal
from domain.recording import Recording
from domain.referral import SHARING_STEPS, Referral, ReferralStatus

STEP_EVENTS = {
    ReferralStatus.ACCEPTED: "ReferralAccepted",
    ReferralStatus.DECLINED: "ReferralDeclined",
    ReferralStatus.COMPLETED: "ReferralCompleted",
    ReferralStatus.CANCELLED: "ReferralCancelled",
}


class CaseReferrals(CaseSharing):
    """Referrals on a lawful basis, valid when dated and when recorded."""

    class ReferralRequested(Aggregate.Event):
        """One agency asked another to take the case on (つなぎ依頼)."""

        referral: Referral
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            case.referrals[str(self.referral.referral_id)] = self.referral

    class ReferralStepped(Aggregate.Event):
        """A referral took a step of its closed loop (never emitted itself)."""

        status: ClassVar[ReferralStatus]

        referral_id: UUID
        on: date
        note: Personal | None
        recorded_by: str

        def apply(self, case: CaseState) -> None:
            key = str(self.referral_id)
            moved = case.referrals[key].moved_to(self.status, self.on, self.note)
            case.referrals[key] = moved

    class ReferralAccepted(ReferralStepped):
        """The receiving agency accepted the referral (受諾)."""

        status = ReferralStatus.ACCEPTED

    class ReferralDeclined(ReferralStepped):
        """The receiving agency declined the referral (辞退), with a reason."""

        status = ReferralStatus.DECLINED

    class ReferralCompleted(ReferralStepped):
        """The receiving agency completed the referral (完了), with an outcome."""

        status = ReferralStatus.COMPLETED

    class ReferralCancelled(ReferralStepped):
        """The sending agency cancelled the referral (取消), with a reason."""

        status = ReferralStatus.CANCELLED

    def request_referral(
        self,
        referral: Referral,
        recorded_by: str,
        recording: Recording,
    ) -> Basis:
        """Ask another agency to take the case on; returns the basis relied on.

        A referral naming no basis, or a consent, rests on a consent covering
        `referral` to the receiver; one on a 支援会議 or a statute comes with
        its basis already checked against the meeting or the registry, and
        names the categories it hands on.
        """
        self._check_open()
        if referral.from_agency == referral.to_agency:
            raise SelfReferralError(referral.from_agency)
        opening = ("the case's opening", self.intake.opened_on)
        recording.check("requested_on", referral.requested_on, after=opening)
        if unknown_categories(referral.categories):
            raise UnknownCategoryError(
                f"unknown categories: {unknown_categories(referral.categories)}"
            )
        basis = self._referral_basis(referral, recording)
        made = Referral(**{**vars(referral), "basis": basis})
        self._emit("ReferralRequested", referral=made, recorded_by=recorded_by)
        return basis

    def move_referral(
        self,
        *,
        referral_id: UUID,
        status: ReferralStatus,
        agency: str,
        on: date,
        note: Personal | None,
        recorded_by: str,
        recording: Recording,
    ) -> None:
        """Take one step of the closed loop, as the agency allowed to take it.

        Accepting or completing hands the person's information on, so the
        referral's consent must still hold on `on` and when recorded (R4).
        """
        self._check_open()
        referral = self.referral(referral_id)
        referral.check_step(status, agency)
        recording.check(
            "on", on, after=("the referral's last step", referral.last_dated)
        )
        if status in SHARING_STEPS and not self.basis_holds(
            referral, on, recording.today
        ):
            raise ConsentRequiredError(
                "the consent this referral rests on was withdrawn or has expired"
            )
        self._emit(
            STEP_EVENTS[status],
            referral_id=referral_id,
            on=on,
            note=note,
            recorded_by=recorded_by,
        )

    def _referral_basis(self, referral: Referral, recording: Recording) -> Basis:
        given = referral.basis
        if not given.is_consent:
            if not referral.categories:
                raise InvalidBasisError(
                    "a referral on a 支援会議 or a statute names its categories"
                )
            return given
        consent = self.consent_for(
            referral.to_agency,
            (Purpose.REFERRAL,),
            day=referral.requested_on,
            recording=recording,
            categories=referral.categories,
            only=given.consent_id,
        )
        return Basis.of_consent(consent.consent_id)
