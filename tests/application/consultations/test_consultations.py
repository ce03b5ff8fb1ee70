"""One-off consultations through the ledger: recorded, judged (R8), counted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.errors import NotYourAgencyError
from domain.consultation import ConsultationFacts
from domain.errors import NotRunningProjectError
from domain.profile import Profile
from projections.read_models import ReadModels
from tests.projections.given import actual, caught_up

SHAKYO = Actor(uuid4(), "shakyo", "caseworker")
HOUKATSU = Actor(uuid4(), "chuo_houkatsu", "caseworker")
CALL = ConsultationFacts(
    agency="shakyo",
    consulted_on=date(2026, 6, 30),
    route="phone",
    fields=("livelihood",),
    profile=Profile(sex="female", consulter="family", problems=("debt",)),
)


@pytest.fixture
def models(ledger: CaseLedger) -> ReadModels:
    models = ReadModels.of(ledger)
    models.create_tables()
    return models


def test_a_consultation_is_kept_without_a_person(ledger: CaseLedger) -> None:
    consultation_id, version = ledger.record_consultation(SHAKYO, CALL)

    kept = ledger.get_consultation(consultation_id)
    assert (kept.facts, version) == (CALL, 1)


def test_a_kind_the_window_may_not_record_is_refused(ledger: CaseLedger) -> None:
    pregnancy = replace(
        CALL,
        agency="chuo_houkatsu",
        fields=("child_rearing",),
        kind="pregnancy_consultation",
    )

    with pytest.raises(NotRunningProjectError):
        ledger.record_consultation(HOUKATSU, pregnancy)


def test_a_livelihood_call_at_the_window_counts_as_a_new_consultation(
    ledger: CaseLedger, models: ReadModels
) -> None:
    before = actual(models, "consultation_livelihood_new_consultations")

    ledger.record_consultation(SHAKYO, CALL)

    after = actual(models, "consultation_livelihood_new_consultations")
    assert after == before + 1


def test_a_general_consultation_counts_as_the_duty_it_is(
    ledger: CaseLedger, models: ReadModels
) -> None:
    call = replace(
        CALL,
        agency="chuo_houkatsu",
        fields=("elderly_care",),
        kind="general_consultation",
    )

    ledger.record_consultation(HOUKATSU, call)

    assert actual(models, "consultation_elderly_general_consultation") == 1


def test_the_statistics_count_the_consultations_codes(
    ledger: CaseLedger, models: ReadModels
) -> None:
    ledger.record_consultation(SHAKYO, CALL)

    counts = {
        (c.vocabulary, c.code): c.count
        for c in caught_up(models).statistics(2026)
        if c.origin == "consultation"
    }
    assert counts == {
        ("agency", "shakyo"): 1,
        ("age_band", "unknown"): 1,
        ("sex", "female"): 1,
        ("household_type", "unknown"): 1,
        ("consulter", "family"): 1,
        ("problems", "debt"): 1,
    }


def test_a_withdrawn_consultation_counts_no_more(
    ledger: CaseLedger, models: ReadModels
) -> None:
    consultation_id, _ = ledger.record_consultation(SHAKYO, CALL)
    counted = actual(models, "consultation_livelihood_new_consultations")

    version = ledger.withdraw_consultation(SHAKYO, consultation_id, "二重登録")

    assert version == 2
    assert actual(models, "consultation_livelihood_new_consultations") == counted - 1
    assert [
        c for c in caught_up(models).statistics(2026) if c.origin == "consultation"
    ] == []


def test_only_the_recording_window_withdraws(ledger: CaseLedger) -> None:
    consultation_id, _ = ledger.record_consultation(SHAKYO, CALL)

    with pytest.raises(NotYourAgencyError):
        ledger.withdraw_consultation(HOUKATSU, consultation_id, "誤り")

    assert not ledger.get_consultation(consultation_id).withdrawn
