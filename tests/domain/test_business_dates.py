"""R1: a business date is not after today, too far back, or before what it follows."""

from __future__ import annotations

import re
from datetime import date, timedelta
from uuid import uuid4

import pytest

from domain.community.record import CommunityRecord
from domain.community.tally import Tally
from domain.errors import InvalidDateError
from domain.person import check_birth_date
from domain.recording import Recording
from tests.domain.given import (
    OPENED_ON,
    WORKER,
    a_consent,
    given_open_case,
    recorded_on,
)
from tests.domain.given_community import a_statement
from tests.domain.given_registry import an_entry, given_seeded_registry

TODAY = date(2026, 6, 30)
AT_TODAY = recorded_on(TODAY)


@pytest.mark.parametrize(
    ("day", "bound"),
    [
        (TODAY + timedelta(days=1), "is after today (2026-06-30)"),
        (TODAY - timedelta(days=91), "is more than 90 days back"),
        (OPENED_ON - timedelta(days=1), "is before the case's opening"),
    ],
    ids=["tomorrow", "91-days-back", "before-opening"],
)
def test_an_act_of_a_case_dated_out_of_bounds_is_refused(day: date, bound: str) -> None:
    recording = AT_TODAY

    with pytest.raises(InvalidDateError, match=re.escape(bound)) as refused:
        recording.check("occurred_on", day, after=("the case's opening", OPENED_ON))

    assert refused.value.field == "occurred_on"


@pytest.mark.parametrize("day", [TODAY, TODAY - timedelta(days=40), OPENED_ON])
def test_an_act_dated_today_or_within_the_window_is_taken(day: date) -> None:
    AT_TODAY.check("occurred_on", day, after=("the case's opening", OPENED_ON))


def test_the_window_is_the_recordings_own() -> None:
    recording = Recording(AT_TODAY.at, TODAY, backdate_days=7)

    with pytest.raises(InvalidDateError, match="7 days back"):
        recording.check("closed_on", TODAY - timedelta(days=8))


def test_a_consent_may_start_ahead_but_not_far_behind() -> None:
    case = given_open_case()
    ahead = a_consent(case, valid_from=TODAY + timedelta(days=100))
    behind = a_consent(case, valid_from=TODAY - timedelta(days=91))

    case.grant_consent(ahead, WORKER, AT_TODAY)

    with pytest.raises(InvalidDateError, match="valid_from"):
        case.grant_consent(behind, WORKER, AT_TODAY)


def test_a_case_is_not_closed_before_its_last_activity() -> None:
    case = given_open_case()

    with pytest.raises(InvalidDateError, match="opening"):
        case.close(
            OPENED_ON - timedelta(days=1),
            None,
            WORKER,
            AT_TODAY,
            reason_code="goals_reached",
        )


def test_a_reopening_is_not_dated_before_the_closure() -> None:
    case = given_open_case()
    case.close(date(2026, 6, 20), None, WORKER, AT_TODAY, reason_code="goals_reached")

    with pytest.raises(InvalidDateError, match="closure"):
        case.reopen(date(2026, 6, 19), None, WORKER, AT_TODAY)


def test_a_birth_date_is_in_the_past_and_within_a_lifetime() -> None:
    check_birth_date(date(1944, 3, 2), TODAY)

    with pytest.raises(InvalidDateError, match="after today"):
        check_birth_date(TODAY + timedelta(days=1), TODAY)
    with pytest.raises(InvalidDateError, match="1900"):
        check_birth_date(date(1899, 12, 31), TODAY)


def test_a_registry_date_records_what_happened_so_it_is_not_ahead() -> None:
    registry = given_seeded_registry()

    with pytest.raises(InvalidDateError, match="deactivated_on"):
        registry.deactivate(
            "tobu_houkatsu", TODAY + timedelta(days=1), "閉所", WORKER, AT_TODAY
        )
    with pytest.raises(InvalidDateError, match="registered_on"):
        registry.register(an_entry(), TODAY + timedelta(days=1), WORKER, AT_TODAY)

    assert registry.collect_events() == []


def test_a_community_record_is_dated_when_it_was_held() -> None:
    statement = a_statement(held_on=TODAY + timedelta(days=1))

    with pytest.raises(InvalidDateError, match="held_on"):
        CommunityRecord.record(uuid4(), statement, WORKER, AT_TODAY)


def test_a_month_is_reported_once_it_has_begun() -> None:
    with pytest.raises(InvalidDateError, match="month"):
        Tally.report(
            kind="watch_activities",
            agency="shakyo",
            year=2026,
            month=7,
            value=10,
            recorded_by=WORKER,
            today=TODAY,
        )
