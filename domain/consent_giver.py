"""Who may give a consent, judged by the person's age on the consent's date.

The birth date is personal; the ledger turns it into a coded `AgeBand` when
the consent is recorded and keeps only the band on the consent. The rule and
its source: docs/lawful-basis.md, "Consent of a child".
"""

from __future__ import annotations

from datetime import date

from domain.catalogue.consent_givers import (
    ADULT_AGE,
    CHILD_UP_TO,
    FOR_MINORS,
    STANDINGS_GIVEN,
    AgeBand,
    Standing,
)
from domain.errors import ChildConsentError, InvalidConsentError


def age_on(birth_date: date, day: date) -> int:
    """Full years on `day` (a birthday counts from the day itself)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def age_band_on(birth_date: date | None, day: date) -> AgeBand:
    if birth_date is None:
        return AgeBand.UNKNOWN
    age = age_on(birth_date, day)
    if age <= CHILD_UP_TO:
        return AgeBand.CHILD
    return AgeBand.MINOR if age < ADULT_AGE else AgeBand.ADULT


def check_giver(given_by: str, standing: str, age_band: str) -> None:
    """Refuse a standing unknown, at odds with `given_by`, or with the age.

    A child (15 or younger) consents through a 親権者 or 未成年後見人, never
    alone; an adult has neither. A minor of 16 or 17 may consent alone (the
    consent is flagged by its band); an unknown age is flagged, not refused.
    """
    if standing not in STANDINGS_GIVEN:
        raise InvalidConsentError(
            "name the giver's standing (本人, a 法定代理人 or a 任意代理人): "
            f"one of {sorted(STANDINGS_GIVEN)}"
        )
    if (standing == Standing.PERSON) != (given_by == "person"):
        raise InvalidConsentError(f"given_by {given_by} with standing {standing}")
    if age_band == AgeBand.CHILD and standing not in FOR_MINORS:
        raise ChildConsentError(
            "the person is 15 or younger on the consent's date: a 親権者 or "
            "未成年後見人 consents (standing parental_authority or minor_guardian)"
        )
    if age_band == AgeBand.ADULT and standing in FOR_MINORS:
        raise InvalidConsentError(f"an adult has no {standing}")
