"""Builders for domain tests: cases and consents in a known state."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from domain.case import Case
from domain.consent import Consent
from domain.intake import Intake
from domain.personal import Personal

INTAKE_AGENCY = "chuo_houkatsu"
RECEIVER = "shakyo"
WORKER = "user-1"


def given_open_case(person_id: UUID | None = None) -> Case:
    person = person_id or uuid4()
    intake = Intake(
        agency=INTAKE_AGENCY,
        fields=("elderly_care", "livelihood"),
        issues=("8050", "hikikomori"),
        projects=("comprehensive_consultation",),
        route="walk_in",
        opened_on=date(2026, 5, 12),
        person_id=person,
        household_id=None,
    )
    case = Case.open(uuid4(), intake, Personal(person, "長男がひきこもり"), WORKER)
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
    representative: str | None = None,
    relationship: str | None = None,
) -> Consent:
    person = case.intake.person_id
    return Consent(
        consent_id=uuid4(),
        given_by=given_by,
        representative=None
        if representative is None
        else Personal(person, representative),
        relationship=relationship,
        agencies=agencies,
        purposes=purposes,
        categories=("basic", "health"),
        valid_from=valid_from,
        valid_until=valid_until,
    )


def given_case_with_consent(**terms: object) -> tuple[Case, Consent]:
    case = given_open_case()
    consent = a_consent(case, **terms)  # type: ignore[arg-type]
    case.grant_consent(consent, WORKER)
    case.collect_events()
    return case, consent


def request(case: Case, on: date, to: str = RECEIVER) -> UUID:
    """Request a referral from the intake agency; returns the referral id."""
    referral_id = uuid4()
    case.request_referral(
        referral_id=referral_id,
        from_agency=INTAKE_AGENCY,
        to_agency=to,
        reason=Personal(case.intake.person_id, "ひきこもり相談"),
        requested_on=on,
        recorded_by=WORKER,
    )
    return referral_id


def given_requested_referral() -> tuple[Case, UUID]:
    case, _ = given_case_with_consent()
    referral_id = request(case, date(2026, 5, 20))
    case.collect_events()
    return case, referral_id
