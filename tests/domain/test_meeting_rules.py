"""The confidentiality rules of the two kinds of meeting (Art. 106-6)."""

from __future__ import annotations

from datetime import timedelta
from uuid import uuid4

import pytest

from domain.basis import BasisKind
from domain.errors import (
    CaseNotDiscussedError,
    ConfidentialityNotAcknowledgedError,
    ConsentRequiredError,
    InvalidDisclosureError,
    InvalidMeetingError,
    MeetingClosedError,
    NotAParticipantError,
    PlanApprovalNotAllowedError,
)
from domain.meeting import Meeting
from domain.meeting_rules import Agenda, MeetingKind
from tests.domain.given import (
    WORKER,
    given_case_with_consent,
    given_open_case,
    recorded_on,
)
from tests.domain.given_meetings import HELD_ON, MEMBERS, disclose, given_meeting

# --- 重層的支援会議: consent of the person, judged on the meeting's date --------


@pytest.mark.parametrize(
    "purpose", ["coordinated_support_meeting", "information_sharing"]
)
def test_a_coordinated_meeting_disclosure_records_the_consent_relied_on(
    purpose: str,
) -> None:
    case, consent = given_case_with_consent(purposes=(purpose,))
    meeting = given_meeting(MeetingKind.COORDINATED_SUPPORT_MEETING, case)

    shared = disclose(meeting, case)

    (disclosed,) = meeting.collect_events()
    assert isinstance(disclosed, Meeting.InformationDisclosed)
    assert shared.basis.kind == BasisKind.CONSENT
    assert shared.consent_ids == {"shakyo": consent.consent_id}
    assert disclosed.consent_ids == {"shakyo": consent.consent_id}
    assert disclosed.recorded_after_end is False


def test_a_coordinated_meeting_needs_consent_for_every_recipient() -> None:
    case, _ = given_case_with_consent(purposes=("coordinated_support_meeting",))
    meeting = given_meeting(MeetingKind.COORDINATED_SUPPORT_MEETING, case)

    with pytest.raises(ConsentRequiredError, match="kodomo_katei"):
        disclose(meeting, case, recipients=("shakyo", "kodomo_katei"))

    assert meeting.collect_events() == []


def test_a_consent_only_for_referral_does_not_cover_a_meeting() -> None:
    case, _ = given_case_with_consent(purposes=("referral",))
    meeting = given_meeting(MeetingKind.COORDINATED_SUPPORT_MEETING, case)

    with pytest.raises(ConsentRequiredError):
        disclose(meeting, case)


def test_a_coordinated_meeting_judges_consent_as_of_its_held_on_date() -> None:
    case, consent = given_case_with_consent(purposes=("coordinated_support_meeting",))
    meeting = given_meeting(MeetingKind.COORDINATED_SUPPORT_MEETING, case)
    case.withdraw_consent(
        consent.consent_id, HELD_ON, None, WORKER, recorded_on(HELD_ON)
    )

    with pytest.raises(ConsentRequiredError):
        disclose(meeting, case, recorded=HELD_ON + timedelta(days=1))


# --- 支援会議: no consent, but acknowledged confidentiality -------------------


def test_a_support_meeting_needs_no_consent_and_rests_on_art_106_6() -> None:
    case = given_open_case()
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, case)
    meeting.acknowledge("shakyo", "社協 相談員A", WORKER)

    shared = disclose(meeting, case)

    events = meeting.collect_events()
    assert [type(e) for e in events] == [
        Meeting.ConfidentialityAcknowledged,
        Meeting.InformationDisclosed,
    ]
    assert shared.basis.kind == BasisKind.SUPPORT_MEETING
    assert (shared.basis.meeting_id, shared.consent_ids) == (meeting.id, {})


def test_a_support_meeting_refuses_an_agency_that_has_not_acknowledged() -> None:
    case = given_open_case()
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, case)
    meeting.acknowledge("shakyo", "社協 相談員A", WORKER)
    meeting.collect_events()

    with pytest.raises(ConfidentialityNotAcknowledgedError, match="kodomo_katei"):
        disclose(meeting, case, recipients=("shakyo", "kodomo_katei"))

    assert meeting.collect_events() == []


def test_an_acknowledgement_in_another_meeting_does_not_count() -> None:
    case = given_open_case()
    earlier = given_meeting(MeetingKind.SUPPORT_MEETING, case)
    earlier.acknowledge("shakyo", "社協 相談員A", WORKER)
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, case)

    with pytest.raises(ConfidentialityNotAcknowledgedError):
        disclose(meeting, case)


# --- both kinds -------------------------------------------------------------


@pytest.mark.parametrize("kind", list(MeetingKind))
def test_recipients_must_be_participants_of_the_meeting(kind: MeetingKind) -> None:
    case, _ = given_case_with_consent(agencies=("yuzuriha",))
    meeting = given_meeting(kind, case)

    with pytest.raises(NotAParticipantError):
        disclose(meeting, case, recipients=("yuzuriha",))


@pytest.mark.parametrize("kind", list(MeetingKind))
def test_a_closed_meeting_refuses_further_disclosures(kind: MeetingKind) -> None:
    case, _ = given_case_with_consent(purposes=("coordinated_support_meeting",))
    meeting = given_meeting(kind, case)
    meeting.acknowledge("shakyo", "社協 相談員A", WORKER)
    meeting.close(HELD_ON, WORKER, recorded_on(HELD_ON))
    meeting.collect_events()

    with pytest.raises(MeetingClosedError):
        disclose(meeting, case)

    assert meeting.collect_events() == []


def test_a_case_not_on_the_agenda_cannot_be_disclosed() -> None:
    case, _ = given_case_with_consent(purposes=("coordinated_support_meeting",))
    meeting = given_meeting(MeetingKind.COORDINATED_SUPPORT_MEETING, given_open_case())

    with pytest.raises(CaseNotDiscussedError):
        disclose(meeting, case)


@pytest.mark.parametrize("recipients", [(), ("chuo_houkatsu",)], ids=["none", "self"])
def test_a_disclosure_goes_to_other_agencies(recipients: tuple[str, ...]) -> None:
    case = given_open_case()
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, case)

    with pytest.raises(InvalidDisclosureError):
        disclose(meeting, case, recipients=recipients)


def test_an_acknowledgement_by_a_non_participant_is_refused() -> None:
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, given_open_case())

    with pytest.raises(NotAParticipantError):
        meeting.acknowledge("yuzuriha", "外部 太郎", WORKER)


@pytest.mark.parametrize(
    "agenda",
    [
        Agenda("tea_party", HELD_ON, "fukushi_ka", MEMBERS, ()),
        Agenda("support_meeting", HELD_ON, "fukushi_ka", ("fukushi_ka",), ()),
        Agenda("support_meeting", HELD_ON, "hoiku_ka", MEMBERS, ()),
    ],
    ids=["kind", "alone", "convener-absent"],
)
def test_a_meeting_with_an_unacceptable_agenda_is_refused(agenda: Agenda) -> None:
    with pytest.raises(InvalidMeetingError):
        Meeting.convene(uuid4(), agenda, [], WORKER, recorded_on(HELD_ON))


def test_plans_are_approved_only_at_a_coordinated_meeting() -> None:
    case = given_open_case()
    meeting = given_meeting(MeetingKind.SUPPORT_MEETING, case)

    with pytest.raises(PlanApprovalNotAllowedError):
        meeting.record_plan_approval(case, uuid4(), 1, WORKER, recorded_on(HELD_ON))


def test_a_coordinated_meeting_records_a_plan_approval_with_its_consents() -> None:
    members = ("fukushi_ka", "shakyo", "chuo_houkatsu")
    case, consent = given_case_with_consent(agencies=("fukushi_ka", "shakyo"))
    meeting = given_meeting(MeetingKind.COORDINATED_SUPPORT_MEETING, case, members)
    plan_id = uuid4()

    meeting.record_plan_approval(case, plan_id, 2, WORKER, recorded_on(HELD_ON))

    (approved,) = meeting.collect_events()
    assert isinstance(approved, Meeting.PlanApprovalRecorded)
    assert (approved.plan_id, approved.revision) == (plan_id, 2)
    assert approved.consent_ids == {
        "fukushi_ka": consent.consent_id,
        "shakyo": consent.consent_id,
    }
