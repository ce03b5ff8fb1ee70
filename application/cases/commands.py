"""Commands and queries on cases and the people they concern."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.cases.bases import BasisChecks
from application.cases.forms import (
    ConsentForm,
    IntakeForm,
    PersonForm,
    ReferralForm,
    RequestedReferral,
)
from application.households.intake import HouseholdIntake
from domain.case import Case
from domain.catalogue.consent_givers import AgeBand, Standing
from domain.consent import Consent, GivenBy
from domain.consent_giver import age_band_on
from domain.intake import Intake
from domain.person import Identity, Person
from domain.personal import Personal
from domain.profile import Profile
from domain.referral import Referral, ReferralStatus


class CaseCommands(BasisChecks, HouseholdIntake):
    """Intake, consents, referrals and closure; each command is one transaction.

    Every write takes an optional `expected` version (the HTTP If-Match) and
    returns the aggregate's new version. Each passes the ledger's two clocks
    (`recording()`) to the domain, which judges every date by them.
    """

    def grant_consent(
        self,
        actor: Actor,
        case_id: UUID,
        form: ConsentForm,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        case = self.load(Case, case_id, expected)
        self.check_agency(*form.agencies)  # one registry read for them all
        recording = self.recording()
        person = self.load(Person, case.intake.person_id, None)
        on = min(form.valid_from, recording.today)  # the day it speaks from
        band = age_band_on(_birth_date(person), on)
        consent = _consent(self.new_id(), case.intake.person_id, form, band)
        case.grant_consent(consent, actor.recorded_by, recording)
        self.commit(case)
        return consent.consent_id, case.version

    def withdraw_consent(  # noqa: PLR0917
        self,
        actor: Actor,
        case_id: UUID,
        consent_id: UUID,
        withdrawn_on: date,
        reason: str | None,
        expected: int | None = None,
    ) -> int:
        case = self.load(Case, case_id, expected)
        note = _personal(case.intake.person_id, reason)
        recording = self.recording()
        case.withdraw_consent(
            consent_id, withdrawn_on, note, actor.recorded_by, recording
        )
        self.commit(case)
        return case.version

    def request_referral(
        self,
        actor: Actor,
        case_id: UUID,
        form: ReferralForm,
        expected: int | None = None,
    ) -> RequestedReferral:
        """Ask another agency to take the case on, on a lawful basis (R2, R7)."""
        self.check_agency(form.to_agency)
        case = self.load(Case, case_id, expected)
        self.check_use(actor, case)
        person_id = case.intake.person_id
        referral = Referral(
            referral_id=self.new_id(),
            from_agency=actor.agency,
            to_agency=form.to_agency,
            reason=Personal(person_id, form.reason),
            requested_on=form.requested_on,
            basis=self.referral_basis(case, actor.agency, form),
            categories=tuple(form.categories),
        )
        basis = case.request_referral(referral, actor.recorded_by, self.recording())
        self.commit(case)
        return RequestedReferral(referral.referral_id, basis, case.version)

    def move_referral(  # noqa: PLR0917
        self,
        actor: Actor,
        case_id: UUID,
        referral_id: UUID,
        status: ReferralStatus,
        on: date,
        note: str | None = None,
        expected: int | None = None,
    ) -> int:
        """Accept, decline, complete or cancel, as the agency allowed to."""
        case = self.load(Case, case_id, expected)
        self.check_use(actor, case)
        case.move_referral(
            referral_id=referral_id,
            status=status,
            agency=actor.agency,
            on=on,
            note=_personal(case.intake.person_id, note),
            recorded_by=actor.recorded_by,
            recording=self.recording(),
        )
        self.commit(case)
        return case.version

    def close_case(
        self,
        actor: Actor,
        case_id: UUID,
        closed_on: date,
        reason: str | None,
        expected: int | None = None,
        *,
        reason_code: str,
    ) -> int:
        """Close for a coded reason (終結理由), with words if the worker adds them."""
        case = self.load(Case, case_id, expected)
        note = _personal(case.intake.person_id, reason)
        recording = self.recording()
        case.close(
            closed_on, note, actor.recorded_by, recording, reason_code=reason_code
        )
        self.commit(case)
        return case.version

    def reopen_case(
        self,
        actor: Actor,
        case_id: UUID,
        reopened_on: date,
        reason: str | None,
        expected: int | None = None,
    ) -> int:
        case = self.load(Case, case_id, expected)
        note = _personal(case.intake.person_id, reason)
        case.reopen(reopened_on, note, actor.recorded_by, self.recording())
        self.commit(case)
        return case.version

    def get_case(self, case_id: UUID) -> Case:
        return self.load(Case, case_id, None)

    def get_person(self, person_id: UUID) -> Person:
        return self.load(Person, person_id, None)


def _personal(subject_id: UUID, text: str | None) -> Personal | None:
    return None if text is None else Personal(subject_id, text)


def identity_of(person_id: UUID, form: PersonForm) -> Identity:
    birth = form.birth_date.isoformat() if form.birth_date else None
    return Identity(
        name=Personal(person_id, form.name),
        name_kana=_personal(person_id, form.name_kana),
        birth_date=_personal(person_id, birth),
        address=_personal(person_id, form.address),
        phone=_personal(person_id, form.phone),
    )


def intake_of(
    form: IntakeForm,
    person_id: UUID,
    profile: Profile | None = None,
    household_id: UUID | None = None,
) -> Intake:
    return Intake(
        agency=form.intake_agency,
        fields=tuple(form.fields),
        issues=tuple(form.issues),
        projects=tuple(form.projects),
        route=form.route,
        opened_on=form.opened_on,
        person_id=person_id,
        household_id=household_id,
        profile=profile or form.profile,
    )


def _birth_date(person: Person) -> date | None:
    """The person's birth date, if held and not erased (it stays personal)."""
    held = person.identity.birth_date
    return None if held is None or held.erased else date.fromisoformat(held.text)


def _consent(
    consent_id: UUID, subject_id: UUID, form: ConsentForm, band: AgeBand
) -> Consent:
    by_person = form.given_by == GivenBy.PERSON
    return Consent(
        consent_id=consent_id,
        given_by=form.given_by,
        representative=_personal(subject_id, form.representative),
        relationship=_personal(subject_id, form.relationship),
        agencies=tuple(form.agencies),
        purposes=tuple(form.purposes),
        categories=tuple(form.categories),
        valid_from=form.valid_from,
        valid_until=form.valid_until,
        standing=form.standing or (Standing.PERSON if by_person else ""),
        age_band=band.value,
    )
