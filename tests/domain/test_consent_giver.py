"""Who gives a consent, and a child's consent: given a case, when…, then…."""

from __future__ import annotations

from datetime import date

import pytest

from domain.catalogue.consent_givers import AgeBand, Standing
from domain.consent_giver import age_band_on, age_on
from domain.errors import ChildConsentError, InvalidConsentError
from tests.domain.given import WORKER, a_consent, given_open_case, recorded_on

AT_ON = recorded_on(date(2026, 5, 12))


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (date(2010, 5, 13), AgeBand.CHILD),  # 15 until the day after
        (date(2010, 5, 12), AgeBand.MINOR),  # 16 on the day itself
        (date(2008, 5, 13), AgeBand.MINOR),  # 17
        (date(2008, 5, 12), AgeBand.ADULT),  # 18
        (None, AgeBand.UNKNOWN),
    ],
)
def test_the_age_band_is_judged_on_the_consents_date(
    born: date | None, band: AgeBand
) -> None:
    assert age_band_on(born, date(2026, 5, 12)) == band


def test_an_age_counts_a_leap_day_birthday_from_the_first_of_march() -> None:
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_a_childs_consent_by_the_child_alone_is_refused() -> None:
    case = given_open_case()
    consent = a_consent(case, age_band=AgeBand.CHILD.value)

    with pytest.raises(ChildConsentError, match="親権者"):
        case.grant_consent(consent, WORKER, AT_ON)

    assert case.collect_events() == []


@pytest.mark.parametrize(
    "standing", [Standing.PARENTAL_AUTHORITY, Standing.MINOR_GUARDIAN]
)
def test_a_childs_consent_by_a_legal_representative_is_kept_with_its_band(
    standing: Standing,
) -> None:
    case = given_open_case()
    consent = a_consent(
        case,
        given_by="representative",
        standing=standing.value,
        age_band=AgeBand.CHILD.value,
        representative="大田原 恵",
        relationship="母",
    )

    case.grant_consent(consent, WORKER, AT_ON)

    kept = case.consent(consent.consent_id)
    assert (kept.standing, kept.age_band) == (standing.value, "child")


def test_a_minor_of_sixteen_may_consent_alone_and_is_flagged() -> None:
    case = given_open_case()
    consent = a_consent(case, age_band=AgeBand.MINOR.value)

    case.grant_consent(consent, WORKER, AT_ON)

    (granted,) = case.collect_events()
    assert granted.consent.age_band == "minor"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("terms", "why"),
    [
        ({"given_by": "representative", "standing": "parental_authority"}, "adult"),
        ({"given_by": "representative", "standing": "person"}, "given_by"),
        ({"given_by": "person", "standing": "adult_guardian"}, "given_by"),
        ({"given_by": "representative", "standing": "neighbour"}, "standing"),
        (
            {"given_by": "representative", "standing": "unrecorded_representative"},
            "standing",
        ),
    ],
    ids=["adult-parent", "rep-as-person", "person-as-rep", "unknown", "unrecorded"],
)
def test_a_standing_at_odds_with_the_giver_or_the_age_is_refused(
    terms: dict[str, str], why: str
) -> None:
    case = given_open_case()
    consent = a_consent(
        case,
        representative="大田原 一郎",
        relationship="長男",
        age_band=AgeBand.ADULT.value,
        **terms,  # type: ignore[arg-type]
    )

    with pytest.raises(InvalidConsentError, match=why):
        case.grant_consent(consent, WORKER, AT_ON)
