"""Builders for meeting tests: meetings convened on HELD_ON, disclosures."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from domain.case import Case
from domain.meeting import Meeting
from domain.meeting_rules import Agenda, MeetingKind, Shared
from domain.personal import Personal
from domain.recording import Recording
from tests.domain.given import WORKER, recorded_on

HELD_ON = date(2026, 6, 10)
MEMBERS = ("fukushi_ka", "shakyo", "chuo_houkatsu", "kodomo_katei")


def given_meeting(
    kind: MeetingKind,
    case: Case,
    members: tuple[str, ...] = MEMBERS,
    recording: Recording | None = None,
) -> Meeting:
    recorded = recording or recorded_on(HELD_ON)
    agenda = Agenda(kind.value, HELD_ON, "fukushi_ka", members, (case.id,), recorded.at)
    meeting = Meeting.convene(uuid4(), agenda, [case], WORKER, recorded)
    meeting.collect_events()
    return meeting


def disclose(
    meeting: Meeting,
    case: Case,
    recipients: tuple[str, ...] = ("shakyo",),
    categories: tuple[str, ...] = ("basic", "health"),
    recorded: date = HELD_ON,
) -> Shared:
    return meeting.disclose(
        disclosure_id=uuid4(),
        case=case,
        disclosed_by="chuo_houkatsu",
        recipients=recipients,
        categories=categories,
        summary=Personal(case.intake.person_id, "通院歴と家計の状況"),
        recording=recorded_on(recorded),
        recorded_by=WORKER,
    )
