"""A one-off consultation (一回限りの相談): codes and a date, no person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from domain.catalogue.statistics import age_band_on
from domain.consultation import Consultation, ConsultationFacts
from domain.errors import (
    ConsultationWithdrawnError,
    InvalidConsultationError,
    InvalidDateError,
    InvalidProfileError,
)
from domain.profile import Profile
from tests.domain.given import recorded_on

TODAY = date(2026, 6, 30)
CALL = ConsultationFacts(
    agency="shakyo",
    consulted_on=TODAY,
    route="phone",
    fields=("livelihood",),
    issues=("debt",),
    profile=Profile(sex="female", consulter="family", problems=("debt",)),
)


def test_a_consultation_is_recorded_with_its_codes_and_no_person() -> None:
    consultation = Consultation.record(uuid4(), CALL, "user-1", recorded_on(TODAY))

    (recorded,) = consultation.collect_events()
    assert isinstance(recorded, Consultation.Recorded)
    assert recorded.facts == CALL
    assert not any("person" in name for name in vars(recorded.facts))


@pytest.mark.parametrize(
    "wrong",
    [
        replace(CALL, fields=()),
        replace(CALL, route="fax"),
        replace(CALL, issues=("長男の借金",)),
        replace(CALL, kind="no_such_kind"),
        replace(CALL, kind="participation_support_person"),  # not under 包括
    ],
)
def test_a_consultation_without_known_codes_is_refused(
    wrong: ConsultationFacts,
) -> None:
    with pytest.raises(InvalidConsultationError):
        Consultation.record(uuid4(), wrong, "user-1", recorded_on(TODAY))


def test_a_profile_code_outside_its_vocabulary_is_refused() -> None:
    wrong = replace(CALL, profile=Profile(sex="unsaid"))

    with pytest.raises(InvalidProfileError):
        Consultation.record(uuid4(), wrong, "user-1", recorded_on(TODAY))


def test_a_consultation_dated_tomorrow_is_refused() -> None:
    tomorrow = replace(CALL, consulted_on=date(2026, 7, 1))

    with pytest.raises(InvalidDateError):
        Consultation.record(uuid4(), tomorrow, "user-1", recorded_on(TODAY))


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (date(2008, 7, 1), "age_0_17"),  # 17 the day before the birthday
        (date(2008, 6, 30), "age_18_39"),  # 18 on the birthday
        (date(1961, 7, 1), "age_40_64"),
        (date(1961, 6, 30), "age_65_74"),
        (date(1944, 3, 2), "age_75_over"),
    ],
)
def test_the_age_band_is_the_age_on_the_day(born: date, band: str) -> None:
    assert age_band_on(born, TODAY) == band


def test_a_profile_counts_each_problem_once() -> None:
    profile = Profile(problems=("debt", "debt", "housing"))

    assert profile.coded()[-2:] == [("problems", "debt"), ("problems", "housing")]


def test_a_consultation_withdrawn_records_why() -> None:
    consultation = Consultation.record(uuid4(), CALL, "user-1", recorded_on(TODAY))
    consultation.collect_events()

    consultation.withdraw("二重登録", "user-1")

    (withdrawn,) = consultation.collect_events()
    assert isinstance(withdrawn, Consultation.Withdrawn)
    assert (withdrawn.reason, consultation.withdrawn) == ("二重登録", True)


def test_a_consultation_is_withdrawn_once() -> None:
    consultation = Consultation.record(uuid4(), CALL, "user-1", recorded_on(TODAY))
    consultation.withdraw("二重登録", "user-1")

    with pytest.raises(ConsultationWithdrawnError):
        consultation.withdraw("二重登録", "user-1")
