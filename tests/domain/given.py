"""Builders for domain tests: cases and consents in a known state."""

from __future__ import annotations

from datetime import date, datetime, time
from uuid import UUID, uuid4

from domain.basis import Basis
from domain.case import Case
from domain.catalogue import TOKYO
from domain.consent import Consent
from domain.intake import Intake
from domain.personal import Personal
from domain.recording import Recording
from domain.referral import Referral

INTAKE_AGENCY = "chuo_houkatsu"
RECEIVER = "shakyo"
WORKER = "user-1"
OPENED_ON = date(2026, 5, 12)


def recorded_on(day: date, backdate_days: int = 90) -> Recording:
    """Recorded on `day` at ten in the morning, Tokyo: the act's own day."""
    at = datetime.combine(day, time(10), tzinfo=TOKYO)
    return Recording(at, day, backdate_days)


def given_open_case(person_id: UUID | None = None) -> Case:
    person = person_id or uuid4()
    intake = Intake(
        agency=INTAKE_AGENCY,
        fields=("elderly_care", "livelihood"),
        issues=("8050", "hikikomori"),
        projects=("comprehensive_consultation",),
        route="walk_in",
        opened_on=OPENED_ON,
        person_id=person,
        household_id=None,
    )
    summary = Personal(person, "長男がひきこもり")
    case = Case.open(uuid4(), intake, summary, WORKER, recorded_on(OPENED_ON))
    case.collect_events()
    return case


def a_consent(
    case: Case,
    *,
    agencies: tuple[str, ...] = (RECEIVER,),
    purposes: tuple[str, ...] = ("referral", "information_sharing"),
    valid_from: date = date(2026, 5, 12),
    valid_until: date = date(2027, 3, 31),
    given_by: str = "person",
    standing: str | None = None,
    age_band: str = "unknown",
    representative: str | None = None,
    relationship: str | None = None,
    categories: tuple[str, ...] = ("basic", "health"),
) -> Consent:
    person = case.intake.person_id
    return Consent(
        consent_id=uuid4(),
        given_by=given_by,
        representative=None
        if representative is None
        else Personal(person, representative),
        relationship=None if relationship is None else Personal(person, relationship),
        agencies=agencies,
        purposes=purposes,
        categories=categories,
        valid_from=valid_from,
        valid_until=valid_until,
        standing=standing or ("person" if given_by == "person" else "voluntary_agent"),
        age_band=age_band,
    )


def given_case_with_consent(**terms: object) -> tuple[Case, Consent]:
    case = given_open_case()
    consent = a_consent(case, **terms)  # type: ignore[arg-type]
    case.grant_consent(consent, WORKER, recorded_on(consent.valid_from))
    case.collect_events()
    return case, consent


def a_referral(
    case: Case,
    day: date,
    to: str = RECEIVER,
    basis: Basis | None = None,
    categories: tuple[str, ...] = (),
) -> Referral:
    return Referral(
        referral_id=uuid4(),
        from_agency=INTAKE_AGENCY,
        to_agency=to,
        reason=Personal(case.intake.person_id, "ひきこもり相談"),
        requested_on=day,
        basis=basis or Basis.of_consent(),
        categories=categories,
    )


def request(
    case: Case, day: date, to: str = RECEIVER, recorded: date | None = None
) -> UUID:
    """Request a referral from the intake agency; returns the referral id.

    Recorded on its own day unless `recorded` says when it was written down.
    """
    referral = a_referral(case, day, to)
    case.request_referral(referral, WORKER, recorded_on(recorded or day))
    return referral.referral_id


def given_requested_referral() -> tuple[Case, UUID]:
    case, _ = given_case_with_consent()
    referral_id = request(case, date(2026, 5, 20))
    case.collect_events()
    return case, referral_id


def withdraw(case: Case, consent_id: UUID, day: date) -> None:
    """Withdraw the consent from `day`, recorded that same day."""
    case.withdraw_consent(consent_id, day, None, WORKER, recorded_on(day))
