"""Community records (地域の取組の記録): recorded, corrected, withdrawn."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.catalogue.community_kinds import CommunityKind
from domain.community.record import CommunityRecord
from domain.errors import (
    CommunityRecordWithdrawnError,
    DistrictRequiredError,
    InvalidCommunityRecordError,
    ParticipatingAgenciesRequiredError,
    UnknownCommunityKindError,
)
from tests.domain.given_community import (
    RECORDER,
    RECORDING,
    a_case_study,
    a_statement,
    given_recorded,
    given_withdrawn,
)


def test_recording_a_council_meeting_states_its_district() -> None:
    record_id = uuid4()

    record = CommunityRecord.record(record_id, a_statement(), RECORDER, RECORDING)

    [recorded] = record.collect_events()
    assert isinstance(recorded, CommunityRecord.Recorded)
    assert recorded.originator_id == record_id
    assert recorded.statement == a_statement()
    assert recorded.statement.district == "佐久山"


def test_recording_a_case_study_meeting_states_its_participants() -> None:
    record = CommunityRecord.record(uuid4(), a_case_study(), RECORDER, RECORDING)

    [recorded] = record.collect_events()
    assert isinstance(recorded, CommunityRecord.Recorded)
    assert recorded.statement.participating_agencies == ("shogai_soudan", "yuzuriha")


def test_an_unknown_kind_is_refused() -> None:
    statement = a_statement(kind="bon_festival")

    with pytest.raises(UnknownCommunityKindError):
        CommunityRecord.record(uuid4(), statement, RECORDER, RECORDING)


def test_a_council_meeting_without_a_district_is_refused() -> None:
    statement = a_statement(district=None)

    with pytest.raises(DistrictRequiredError):
        CommunityRecord.record(uuid4(), statement, RECORDER, RECORDING)


def test_a_district_that_is_not_a_daily_life_district_is_refused() -> None:
    statement = a_statement(district="那須塩原")

    with pytest.raises(InvalidCommunityRecordError):
        CommunityRecord.record(uuid4(), statement, RECORDER, RECORDING)


def test_a_case_study_meeting_without_participating_agencies_is_refused() -> None:
    statement = a_case_study(participating_agencies=())

    with pytest.raises(ParticipatingAgenciesRequiredError):
        CommunityRecord.record(uuid4(), statement, RECORDER, RECORDING)


@pytest.mark.parametrize(
    "changes",
    [
        {"project": "tourism"},
        {"field": "gardening"},
        {"title": " "},
        {"agency": ""},
        {"attendees": -1},
    ],
)
def test_an_unknown_project_or_field_a_blank_or_a_negative_count_is_refused(
    changes: dict[str, object],
) -> None:
    statement = a_statement(**changes)

    with pytest.raises(InvalidCommunityRecordError):
        CommunityRecord.record(uuid4(), statement, RECORDER, RECORDING)


@pytest.mark.parametrize("kind", sorted(CommunityKind))
def test_every_kind_has_a_japanese_label_and_an_indicator(kind: str) -> None:
    community_kind = CommunityKind(kind)

    assert community_kind.label_ja
    assert community_kind.indicator_numbers


def test_correcting_a_record_states_it_again_in_full() -> None:
    record = given_recorded()
    fixed = a_statement(held_on=date(2026, 6, 11), attendees=12)

    record.correct(fixed, "開催日の誤り", RECORDER, RECORDING)

    [corrected] = record.collect_events()
    assert isinstance(corrected, CommunityRecord.Corrected)
    assert (corrected.statement, corrected.reason) == (fixed, "開催日の誤り")
    assert record.statement == fixed


def test_a_correction_is_held_to_the_same_rules() -> None:
    record = given_recorded()

    with pytest.raises(DistrictRequiredError):
        record.correct(a_statement(district=None), "地区の削除", RECORDER, RECORDING)

    assert record.collect_events() == []


def test_correcting_to_the_same_statement_records_nothing() -> None:
    record = given_recorded()

    record.correct(a_statement(), "確認", RECORDER, RECORDING)

    assert record.collect_events() == []


def test_withdrawing_a_record_made_by_mistake_records_why() -> None:
    record = given_recorded()

    record.withdraw("二重登録", RECORDER)

    [withdrawn] = record.collect_events()
    assert isinstance(withdrawn, CommunityRecord.Withdrawn)
    assert withdrawn.reason == "二重登録"
    assert record.withdrawn


def test_a_correction_or_withdrawal_without_a_reason_is_refused() -> None:
    record = given_recorded()

    with pytest.raises(InvalidCommunityRecordError):
        record.withdraw(" ", RECORDER)

    assert record.collect_events() == []


def test_correcting_a_withdrawn_record_is_refused() -> None:
    record = given_withdrawn()

    with pytest.raises(CommunityRecordWithdrawnError):
        record.correct(a_statement(attendees=3), "訂正", RECORDER, RECORDING)

    assert record.collect_events() == []


def test_withdrawing_a_withdrawn_record_is_refused() -> None:
    record = given_withdrawn()

    with pytest.raises(CommunityRecordWithdrawnError):
        record.withdraw("再度", RECORDER)

    assert record.collect_events() == []
