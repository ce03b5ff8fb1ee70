"""R2 and R6 at meetings: who may put a case on the agenda, speak, hear, decide."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.errors import (
    CategoriesNotCoveredError,
    ConfidentialityNotAcknowledgedError,
    ConsentRequiredError,
    NotWorkingOnCaseError,
    UnknownCategoryError,
)
from domain.meeting import Meeting
from domain.meeting_rules import Agenda, MeetingKind
from domain.personal import Personal
from tests.domain.given import (
    WORKER,
    given_case_with_consent,
    given_open_case,
    recorded_on,
    withdraw,
)
from tests.domain.given_meetings import HELD_ON, MEMBERS, disclose, given_meeting

COORDINATED = MeetingKind.COORDINATED_SUPPORT_MEETING
ALL = ("fukushi_ka", "shakyo", "chuo_houkatsu")


def test_a_case_no_member_works_on_stays_off_the_agenda() -> None:
    case = given_open_case()
    agenda = Agenda(
        COORDINATED.value, HELD_ON, "hoiku_ka", ("hoiku_ka", "fukushi_ka"), (case.id,)
    )

    with pytest.raises(NotWorkingOnCaseError):
        Meeting.convene(uuid4(), agenda, [case], WORKER, recorded_on(HELD_ON))


def test_only_an_agency_working_on_the_case_discloses_it() -> None:
    case, _ = given_case_with_consent(agencies=("shakyo", "kodomo_katei"))
    meeting = given_meeting(COORDINATED, case)

    with pytest.raises(NotWorkingOnCaseError):
        meeting.disclose(
            disclosure_id=uuid4(),
            case=case,
            disclosed_by="kodomo_katei",
            recipients=("shakyo",),
            categories=("basic",),
            summary=Personal(case.intake.person_id, "要旨"),
            recording=recorded_on(HELD_ON),
            recorded_by=WORKER,
        )


def test_categories_come_from_the_vocabulary() -> None:
    case, _ = given_case_with_consent()
    meeting = given_meeting(COORDINATED, case)

    with pytest.raises(UnknownCategoryError):
        disclose(meeting, case, categories=("zzz_made_up",))


def test_a_coordinated_meeting_discloses_only_the_consented_categories() -> None:
    case, _ = given_case_with_consent(categories=("basic",))
    meeting = given_meeting(COORDINATED, case)

    with pytest.raises(CategoriesNotCoveredError):
        disclose(meeting, case, categories=("basic", "health"))


def test_a_decision_needs_a_consent_for_every_member_that_hears_it() -> None:
    case, _ = given_case_with_consent(agencies=("shakyo",))  # fukushi_ka too hears
    meeting = given_meeting(COORDINATED, case, ALL)

    with pytest.raises(ConsentRequiredError, match="fukushi_ka"):
        meeting.record_decision(
            uuid4(),
            case,
            Personal(case.intake.person_id, "決定"),
            WORKER,
            recorded_on(HELD_ON),
        )


def test_a_support_meeting_decides_once_every_member_acknowledged() -> None:
    case = given_open_case()
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, case, ALL)
    meeting.acknowledge("shakyo", "委員A", WORKER)

    with pytest.raises(ConfidentialityNotAcknowledgedError):
        meeting.record_decision(
            uuid4(),
            case,
            Personal(case.intake.person_id, "決定"),
            WORKER,
            recorded_on(HELD_ON),
        )


def test_minutes_completed_after_a_withdrawal_are_marked() -> None:
    case, consent = given_case_with_consent()
    meeting = given_meeting(COORDINATED, case)  # convened on HELD_ON
    withdraw(case, consent.consent_id, date(2026, 6, 12))

    shared = disclose(meeting, case, recorded=date(2026, 6, 12))

    assert shared.recorded_after_end
    assert shared.consent_ids == {"shakyo": consent.consent_id}


def test_a_meeting_convened_after_the_withdrawal_cannot_be_dated_around_it() -> None:
    case, consent = given_case_with_consent()
    withdraw(case, consent.consent_id, date(2026, 6, 12))
    meeting = given_meeting(COORDINATED, case, recording=recorded_on(date(2026, 6, 13)))

    with pytest.raises(ConsentRequiredError, match="dated back"):
        disclose(meeting, case, recorded=date(2026, 6, 13))


def test_the_minutes_keep_what_was_disclosed_and_decided() -> None:
    case, _ = given_case_with_consent(agencies=("shakyo", "fukushi_ka", "kodomo_katei"))
    meeting = given_meeting(COORDINATED, case, MEMBERS)
    disclose(meeting, case)
    text = Personal(case.intake.person_id, "週1回訪問")

    meeting.record_decision(uuid4(), case, text, WORKER, recorded_on(HELD_ON))

    kinds = [entry.kind for entry in meeting.minutes.values()]
    assert kinds == ["disclosure", "decision"]
    assert list(meeting.minutes.values())[1].text == text
