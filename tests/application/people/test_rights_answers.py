"""訂正 and 利用停止 through the ledger, on both stores: answers as events."""

from __future__ import annotations

from dataclasses import replace
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.cases.forms import OpenedCase, PersonForm
from application.people.rights import NoteForm
from domain.errors import RightsRequestAnsweredError, UseSuspendedError
from domain.person import Person
from tests.application.given import (
    INTAKE_WORKER,
    NAME,
    a_referral,
    an_intake,
    given_case_with_consent,
    given_opened_case,
)
from tests.application.people.given_rights import (
    COORDINATOR,
    HOLDER_SUPERVISOR,
    OFFICER,
    OTHER_DISCLOSED,
    VISIT_NOTE,
    a_disclosure,
    given_request,
    given_shared_meeting,
    given_two_people_at_one_meeting,
    given_visit,
)

AUDITOR_NAME = "大田原 華子"


def given_suspended(ledger: CaseLedger, opened: OpenedCase) -> None:
    request_id = given_request(ledger, opened.person_id, "suspension")
    ledger.suspend_use(HOLDER_SUPERVISOR, opened.person_id, request_id)


def test_an_identity_correction_answers_the_request_and_keeps_the_past(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    request_id = given_request(ledger, opened.person_id, "correction")
    given = an_intake().person
    assert given is not None
    form = replace(given, name=AUDITOR_NAME)

    ledger.correct_identity(OFFICER, opened.person_id, request_id, form)

    person = ledger.get_person(opened.person_id)
    assert person.identity.name.text == AUDITOR_NAME
    assert person.rights_requests[str(request_id)].status == "corrected"
    registered, _, corrected = ledger.repository.event_store.get(opened.person_id)
    assert isinstance(registered, Person.Registered)
    assert isinstance(corrected, Person.IdentityCorrected)
    assert (registered.identity.name.text, corrected.identity.name.text) == (
        NAME,
        AUDITOR_NAME,
    )


def test_the_case_history_shows_the_identity_before_and_after(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    request_id = given_request(ledger, opened.person_id, "correction")
    form = PersonForm(name=AUDITOR_NAME)
    ledger.correct_identity(OFFICER, opened.person_id, request_id, form)
    auditor = replace(OFFICER, role="auditor")

    history = ledger.case_history(auditor, opened.case_id)

    names = [
        e.data["identity"]["name"]
        for e in history.person_events
        if "identity" in e.data
    ]
    assert names == [NAME, AUDITOR_NAME]


def test_a_correction_note_is_added_beside_the_activity_it_corrects(
    ledger: CaseLedger,
) -> None:
    hanako, _ = given_two_people_at_one_meeting(ledger)
    activity_id = given_visit(ledger, hanako)
    request_id = given_request(ledger, hanako.person_id, "correction")
    form = NoteForm(request_id, "activity", activity_id, "話せたのは5分だった")

    note_id, _ = ledger.add_correction_note(OFFICER, hanako.case_id, form)

    case = ledger.get_case(hanako.case_id)
    kept = case.activities[str(activity_id)].note
    assert kept is not None
    assert kept.text == VISIT_NOTE  # the original stays as recorded
    note = case.correction_notes[str(note_id)]
    assert (note.record_id, note.note.text) == (activity_id, "話せたのは5分だった")
    person = ledger.get_person(hanako.person_id)
    assert person.rights_requests[str(request_id)].status == "corrected"


def test_a_suspended_persons_case_is_refused_to_its_readers_and_logged(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    given_suspended(ledger, opened)

    with pytest.raises(UseSuspendedError):
        ledger.read_case(INTAKE_WORKER, opened.case_id, "case_work")

    denied = ledger.access_log(AccessLogQuery(outcome="denied")).entries
    assert [(d.resource_id, d.reason) for d in denied] == [
        (str(opened.case_id), "use_suspended")
    ]


def test_the_staff_handling_the_request_still_read_the_case(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    given_suspended(ledger, opened)

    view = ledger.read_case(HOLDER_SUPERVISOR, opened.case_id, "rights_request")

    assert view.case_id == opened.case_id


def test_after_lifting_the_readers_read_again(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    given_suspended(ledger, opened)

    ledger.lift_suspension(OFFICER, opened.person_id, "請求の理由が解消した")

    view = ledger.read_case(INTAKE_WORKER, opened.case_id, "case_work")
    assert view.case_id == opened.case_id
    person = ledger.get_person(opened.person_id)
    assert person.suspension is None


def test_a_suspended_person_is_not_referred(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    given_suspended(ledger, OpenedCase(opened.case_id, opened.person_id, 0))

    with pytest.raises(UseSuspendedError):
        ledger.request_referral(INTAKE_WORKER, opened.case_id, a_referral())


def test_a_refused_request_is_answered_and_cannot_be_answered_again(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    request_id = given_request(ledger, opened.person_id, "suspension")
    ledger.refuse_right(OFFICER, opened.person_id, request_id, "要件に該当しない")

    with pytest.raises(RightsRequestAnsweredError):
        ledger.suspend_use(OFFICER, opened.person_id, request_id)

    (request,) = ledger.rights_requests(OFFICER, opened.person_id)
    assert (request.status, request.answered_by) == ("refused", OFFICER.recorded_by)


def test_a_suspended_persons_case_is_not_disclosed_at_a_meeting(
    ledger: CaseLedger,
) -> None:
    hanako, _ = given_two_people_at_one_meeting(ledger)
    meeting_id = given_shared_meeting(ledger, hanako)
    given_suspended(ledger, hanako)

    with pytest.raises(UseSuspendedError):
        ledger.disclose(COORDINATOR, meeting_id, a_disclosure(hanako.case_id, "共有"))


def test_the_minutes_hide_what_was_said_of_a_suspended_person(
    ledger: CaseLedger,
) -> None:
    hanako, jiro = given_two_people_at_one_meeting(ledger)
    (meeting_id,) = {
        n.meeting_id for n in ledger.get_case(hanako.case_id).disclosures.values()
    }
    given_suspended(ledger, hanako)

    auditor = Actor(uuid4(), "fukushi_ka", "auditor")  # sees every text otherwise

    minutes = ledger.read_meeting(auditor, meeting_id, "audit")

    texts = {item.case_id: item.text for item in minutes.minutes}
    assert texts == {hanako.case_id: None, jiro.case_id: OTHER_DISCLOSED}


def test_no_decision_is_recorded_about_a_suspended_person(ledger: CaseLedger) -> None:
    hanako, _ = given_two_people_at_one_meeting(ledger)
    meeting_id = given_shared_meeting(ledger, hanako)
    given_suspended(ledger, hanako)

    with pytest.raises(UseSuspendedError):
        ledger.record_decision(COORDINATOR, meeting_id, hanako.case_id, "訪問を継続")
