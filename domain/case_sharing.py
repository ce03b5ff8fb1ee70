"""Who may learn about a case, and on what basis (docs/lawful-basis.md R2, R4).

Read-only rules over the case's consents and referrals, each judged with the
two clocks: the act's business date, and the day (or instant) it is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from uuid import UUID

from domain.basis import Basis
from domain.case_state import CaseState
from domain.consent import Consent, Purpose
from domain.errors import (
    CategoriesNotCoveredError,
    ConsentRequiredError,
    NotWorkingOnCaseError,
)
from domain.recording import Recording
from domain.referral import Referral, ReferralStatus

MEETING_PURPOSES = (Purpose.COORDINATED_SUPPORT_MEETING, Purpose.INFORMATION_SHARING)


class CaseSharing(CaseState):
    """The lawful bases a case offers, as of a date and a recording."""

    def consent_for(
        self,
        agency: str,
        purposes: Iterable[str],
        *,
        day: date,
        recording: Recording,
        categories: Iterable[str] = (),
        only: UUID | None = None,
    ) -> Consent:
        """The consent an act rests on: valid on `day` AND in force when recorded.

        Once a withdrawal is recorded, no act recorded after it rests on the
        consent, whatever date it claims; nor does an expired one. `only`
        names the one consent the caller chose.
        """
        valid = self._valid_consents(agency, tuple(purposes), day, only)
        in_force = [c for c in valid if c.in_force_on(recording.today)]
        if not in_force:
            raise ConsentRequiredError(
                f"the consent for {agency} valid on {day} was withdrawn or "
                f"has expired before this act was recorded ({recording.today})"
            )
        return _covering(in_force, agency, categories)

    def consent_at_meeting(
        self,
        agency: str,
        held_on: date,
        convened_at: datetime,
        recording: Recording,
        categories: Iterable[str] = (),
    ) -> tuple[Consent, bool]:
        """The consent a share at a meeting rests on, and whether it is late.

        A meeting convened while the consent was in force, and held while it
        was valid, may have its minutes completed after a withdrawal or
        expiry: the share is then marked as recorded after the consent ended.
        """
        valid = self._valid_consents(agency, MEETING_PURPOSES, held_on)
        in_force = [c for c in valid if c.in_force_on(recording.today)]
        if in_force:
            return _covering(in_force, agency, categories), False
        earlier = [c for c in valid if c.was_in_force_at(convened_at)]
        if not earlier:
            raise ConsentRequiredError(
                f"no consent for {agency} was in force when the meeting was "
                "convened: a meeting cannot be dated back around a withdrawal"
            )
        return _covering(earlier, agency, categories), True

    def basis_holds(self, referral: Referral, day: date, today: date) -> bool:
        """An accepted referral's basis still carries work dated `day`."""
        if not referral.basis.is_consent or referral.basis.consent_id is None:
            return True  # a 支援会議 or a statute: for as long as it is accepted
        consent = self.consent(referral.basis.consent_id)
        return consent.is_valid_on(day) and consent.in_force_on(today)

    def working_basis(self, agency: str, day: date, today: date) -> Basis | None:
        """None for the case's own agency; else its accepted referral's basis.

        Work under a referral is dated on or after its acceptance, and only
        while its basis holds.
        """
        if agency == self.owner:
            return None
        for referral in self._accepted_to(agency):
            accepted = referral.changed_on is None or referral.changed_on <= day
            if accepted and self.basis_holds(referral, day, today):
                return referral.basis
        raise NotWorkingOnCaseError(
            f"{agency} has no accepted referral on a basis valid on {day}"
        )

    def referred_on(self, today: date) -> dict[str, Basis]:
        """Agencies working on the case under an accepted referral, and its basis."""
        return {
            r.to_agency: r.basis
            for r in self.referrals.values()
            if r.status == ReferralStatus.ACCEPTED and self.basis_holds(r, today, today)
        }

    def workers_on(self, today: date) -> frozenset[str]:
        """Owner, agencies working under a referral, and roles of live plans."""
        roles = {a for p in self.plans.values() if p.is_live for a in p.roles_of()}
        return frozenset({self.owner, *self.referred_on(today), *roles})

    def shares_on(self, today: date) -> dict[str, frozenset[str]]:
        """Each agency with a basis to read the case today, and its categories."""
        shared: dict[str, set[str]] = {}
        for consent in self.consents.values():
            sharing = Purpose.INFORMATION_SHARING in consent.purposes
            if sharing and consent.is_valid_on(today) and consent.in_force_on(today):
                for agency in consent.agencies:
                    shared.setdefault(agency, set()).update(consent.categories)
        for referral in self.referrals.values():
            accepted = referral.status == ReferralStatus.ACCEPTED
            if accepted and self.basis_holds(referral, today, today):
                categories = self.referral_categories(referral)
                shared.setdefault(referral.to_agency, set()).update(categories)
        return {agency: frozenset(c) for agency, c in shared.items()}

    def referral_categories(self, referral: Referral) -> tuple[str, ...]:
        """What a referral hands on: as stated, or its consent's categories."""
        basis = referral.basis
        if referral.categories or not basis.is_consent or basis.consent_id is None:
            return referral.categories
        return self.consent(basis.consent_id).categories

    def acts_on_consent(self, consent_id: str) -> list[tuple[str, date]]:
        """Every act recorded on the consent, with its business date (R3)."""
        acts = [
            (f"referral {r.referral_id}", r.last_dated)
            for r in self.referrals.values()
            if r.basis.consent_id is not None and str(r.basis.consent_id) == consent_id
        ]
        acts += [
            (f"disclosure {d}", note.held_on)
            for d, note in self.disclosures.items()
            if consent_id in {str(c) for c in note.consent_ids.values()}
        ]
        acts += [
            (f"activity {a.activity_id}", a.occurred_on)
            for a in self.activities.values()
            if a.basis is not None and str(a.basis.consent_id) == consent_id
        ]
        acts += [
            (f"plan {p.plan_id} revision {r.number}", r.stated_on)
            for p in self.plans.values()
            for r in p.revisions
            if r.basis is not None and str(r.basis.consent_id) == consent_id
        ]
        return acts

    def _accepted_to(self, agency: str) -> list[Referral]:
        return [
            r
            for r in self.referrals.values()
            if r.to_agency == agency and r.status == ReferralStatus.ACCEPTED
        ]

    def _valid_consents(
        self,
        agency: str,
        purposes: tuple[str, ...],
        day: date,
        only: UUID | None = None,
    ) -> list[Consent]:
        chosen = [self.consent(only)] if only else self.consents.values()
        scoped = [
            c
            for c in chosen
            if agency in c.agencies and any(p in c.purposes for p in purposes)
        ]
        if not scoped:
            wanted = " or ".join(purposes)
            raise ConsentRequiredError(f"no consent covers {wanted} with {agency}")
        valid = [c for c in scoped if c.is_valid_on(day)]
        if not valid:
            raise ConsentRequiredError(f"no consent for {agency} is valid on {day}")
        return valid


def _covering(
    consents: list[Consent], agency: str, categories: Iterable[str]
) -> Consent:
    wanted = set(categories)
    for consent in consents:
        if consent.covers_categories(wanted):
            return consent
    raise CategoriesNotCoveredError(
        f"the consent for {agency} does not cover {sorted(wanted)}"
    )
