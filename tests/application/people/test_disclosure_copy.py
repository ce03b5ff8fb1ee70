"""開示: the copy holds everything about the person and nothing about anyone else."""

from __future__ import annotations

import json
from dataclasses import replace
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.access.log import AccessLogQuery
from application.case_ledger import CaseLedger
from application.errors import ForbiddenError, NotFoundError
from application.people.disclosure_copy import THIRD_PARTY, plain
from domain.errors import DisclosureNotRecordedError
from domain.personal import Personal
from tests.application.given import (
    INTAKE_WORKER,
    NAME,
    SUMMARY,
    an_intake,
    given_opened_case,
)
from tests.application.given_plans import given_case_with_plan
from tests.application.people.given_rights import (
    DISCLOSED,
    HOLDER_SUPERVISOR,
    OFFICER,
    OTHER_DISCLOSED,
    OTHER_NAME,
    OTHER_SUMMARY,
    VISIT_NOTE,
    given_copy,
    given_request,
    given_two_people_at_one_meeting,
    given_visit,
)


def test_the_copy_holds_what_was_recorded_about_the_person(
    ledger: CaseLedger,
) -> None:
    hanako, _ = given_two_people_at_one_meeting(ledger)
    activity_id = given_visit(ledger, hanako)
    ledger.read_case(INTAKE_WORKER, hanako.case_id, "case_work")

    copy = given_copy(ledger, hanako.person_id)

    person = copy.content["person"]
    assert person["identity"]["name"] == NAME
    assert person["identity"]["address"] == "大田原市本町1丁目"
    (case,) = copy.content["cases"]
    recorded = ledger.get_case(hanako.case_id)
    assert case["case_id"] == str(hanako.case_id)
    assert case["summary"] == SUMMARY
    assert len(case["consents"]) == len(recorded.consents) == 1
    (referral,) = case["referrals"]
    assert referral["reason"] == "ひきこもり相談"
    (activity,) = case["activities"]
    assert (activity["activity_id"], activity["note"]) == (str(activity_id), VISIT_NOTE)
    (minutes,) = case["meetings"]
    assert minutes["text"] == DISCLOSED
    reads = copy.content["access_log"]
    assert any(
        (r["resource_id"], r["user_id"])
        == (str(hanako.case_id), str(INTAKE_WORKER.user_id))
        for r in reads
    )


def test_the_copy_holds_nothing_personal_about_anyone_else(
    ledger: CaseLedger,
) -> None:
    hanako, jiro = given_two_people_at_one_meeting(ledger)
    ledger.read_case(INTAKE_WORKER, jiro.case_id, "case_work")

    copy = given_copy(ledger, hanako.person_id)

    text = json.dumps(copy.content, ensure_ascii=False)
    for theirs in (OTHER_NAME, OTHER_SUMMARY, OTHER_DISCLOSED, str(jiro.case_id)):
        assert theirs not in text
    assert NAME in text


def test_a_value_under_anothers_key_is_marked_not_shown() -> None:
    mine, theirs = uuid4(), uuid4()
    held = {"note": Personal(theirs, OTHER_NAME), "own": Personal(mine, NAME)}

    shown = plain(held, mine)

    assert shown == {"note": THIRD_PARTY, "own": NAME}


def test_no_copy_is_made_before_its_handing_over_is_recorded(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    request_id = given_request(ledger, opened.person_id, "disclosure")

    with pytest.raises(DisclosureNotRecordedError):
        ledger.disclosure_copy(OFFICER, opened.person_id, request_id)

    denied = ledger.access_log(AccessLogQuery(outcome="denied")).entries
    assert [(d.resource_id, d.reason) for d in denied] == [
        (str(opened.person_id), "disclosure_not_recorded")
    ]


def test_only_the_citys_officer_makes_the_copy(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    request_id = given_request(ledger, opened.person_id, "disclosure")

    with pytest.raises(ForbiddenError):
        ledger.answer_disclosure(HOLDER_SUPERVISOR, opened.person_id, request_id)


def test_a_supervisor_of_an_agency_without_the_persons_case_learns_nothing(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    stranger = Actor(uuid4(), "shakyo", "supervisor")

    with pytest.raises(NotFoundError):
        ledger.request_right(stranger, opened.person_id, "disclosure", "R8-1")


def test_every_record_of_every_case_is_in_the_copy(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_plan(ledger)
    given_visit(ledger, opened)
    second = ledger.open_case(INTAKE_WORKER, replace(an_intake(), summary="再相談"))
    held = ledger.get_person(opened.person_id)  # the second case is someone new
    assert second.person_id != held.id

    copy = given_copy(ledger, opened.person_id)

    (case,) = copy.content["cases"]
    recorded = ledger.get_case(opened.case_id)
    for key, records in (
        ("consents", recorded.consents),
        ("referrals", recorded.referrals),
        ("assessments", recorded.assessments),
        ("plans", recorded.plans),
        ("activities", recorded.activities),
    ):
        ids = {next(v for k, v in r.items() if k.endswith("_id")) for r in case[key]}
        assert ids == set(records), key
    decision = recorded.support_decision
    assert decision is not None
    assert case["support_decision"]["agency"] == decision.agency
    assert case["plans"][0]["revisions"][0]["statement"]["goals"]


def test_exporting_again_under_a_reference_answers_it_once(ledger: CaseLedger) -> None:
    opened = given_opened_case(ledger)
    first = ledger.disclose_on_request(OFFICER, opened.person_id, "R8-開示-009")

    again = ledger.disclose_on_request(OFFICER, opened.person_id, "R8-開示-009")

    assert again == first
    stored = list(ledger.repository.event_store.get(opened.person_id))
    kinds = [type(e).__name__ for e in stored]
    assert kinds == ["Registered", "RightsRequested", "Disclosed"]
