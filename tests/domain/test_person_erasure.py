"""The two-person rule of erasure (二者確認), as given / when / then."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.errors import (
    ApproverNotAdminError,
    ErasureAlreadyRequestedError,
    ErasureRequestAnsweredError,
    ErasureRequestNotFoundError,
    InvalidErasureRequestError,
    PersonErasedError,
    SelfApprovalError,
)
from domain.person import Person
from tests.domain.test_person import given_person

ON = date(2026, 6, 30)
REQUESTER = "user-supervisor"
ADMIN = "user-admin"


def given_requested(person: Person | None = None) -> tuple[Person, UUID]:
    person = person or given_person()
    request_id = uuid4()
    person.request_erasure(
        request_id, "R8-消去-001", "本人からの消去請求", REQUESTER, ON
    )
    person.collect_events()
    return person, request_id


def test_a_request_is_recorded_with_its_reference_by_whom_and_when() -> None:
    person = given_person()
    request_id = uuid4()

    person.request_erasure(
        request_id, " R8-消去-001 ", "本人からの消去請求", REQUESTER, ON
    )

    (requested,) = person.collect_events()
    assert isinstance(requested, Person.ErasureRequested)
    assert (requested.request_ref, requested.recorded_by) == ("R8-消去-001", REQUESTER)
    assert requested.requested_on == ON
    assert person.erasure_requests[str(request_id)].is_pending
    assert person.erased_on is None  # nothing is erased on a request


@pytest.mark.parametrize(
    ("ref", "reason"), [("", "本人の請求"), ("R-1", " "), ("x" * 101, "r")]
)
def test_a_request_without_its_reference_or_ground_is_refused(
    ref: str, reason: str
) -> None:
    person = given_person()

    with pytest.raises(InvalidErasureRequestError):
        person.request_erasure(uuid4(), ref, reason, REQUESTER, ON)

    assert person.collect_events() == []


def test_a_second_request_waits_for_the_first_ones_answer() -> None:
    person, _ = given_requested()

    with pytest.raises(ErasureAlreadyRequestedError):
        person.request_erasure(uuid4(), "R8-消去-002", "再度の請求", REQUESTER, ON)


def test_another_admins_approval_erases_the_person() -> None:
    person, request_id = given_requested()

    person.approve_erasure(request_id, ADMIN, "admin", ON)

    approved, erased = person.collect_events()
    assert isinstance(approved, Person.ErasureApproved)
    assert isinstance(erased, Person.Erased)
    assert (approved.recorded_by, approved.request_ref) == (ADMIN, "R8-消去-001")
    assert (erased.request_id, erased.ground) == (request_id, "本人からの消去請求")
    assert person.erased_on == ON
    assert person.erasure_requests[str(request_id)].status == "approved"


def test_the_requester_may_not_approve_their_own_request() -> None:
    person, request_id = given_requested()

    with pytest.raises(SelfApprovalError):
        person.approve_erasure(request_id, REQUESTER, "admin", ON)

    assert person.collect_events() == []
    assert person.erased_on is None


@pytest.mark.parametrize("role", ["supervisor", "caseworker", "auditor"])
def test_only_an_admin_answers_a_request(role: str) -> None:
    person, request_id = given_requested()

    with pytest.raises(ApproverNotAdminError):
        person.approve_erasure(request_id, ADMIN, role, ON)

    assert person.collect_events() == []


def test_a_refusal_keeps_the_person_and_answers_the_request() -> None:
    person, request_id = given_requested()

    person.refuse_erasure(request_id, ADMIN, "admin", ON, "保存義務のある記録")

    (refused,) = person.collect_events()
    assert isinstance(refused, Person.ErasureRefused)
    assert refused.reason == "保存義務のある記録"
    assert person.erased_on is None
    assert person.erasure_requests[str(request_id)].status == "refused"


def test_an_answered_request_is_not_answered_again() -> None:
    person, request_id = given_requested()
    person.refuse_erasure(request_id, ADMIN, "admin", ON, "保存義務のある記録")

    with pytest.raises(ErasureRequestAnsweredError):
        person.approve_erasure(request_id, "user-other-admin", "admin", ON)


def test_an_unknown_request_is_not_found() -> None:
    person, _ = given_requested()

    with pytest.raises(ErasureRequestNotFoundError):
        person.approve_erasure(uuid4(), ADMIN, "admin", ON)


def test_an_erased_person_takes_no_further_request() -> None:
    person, request_id = given_requested()
    person.approve_erasure(request_id, ADMIN, "admin", ON)

    with pytest.raises(PersonErasedError):
        person.request_erasure(uuid4(), "R8-消去-009", "再度", REQUESTER, ON)


def test_an_erasure_after_retention_names_its_run_and_no_request() -> None:
    person = given_person()

    person.erase_after_retention(ON, "保存期間満了", "retention:2026-06-30", ADMIN)

    (erased,) = person.collect_events()
    assert isinstance(erased, Person.Erased)
    assert (erased.request_id, erased.request_ref) == (None, "retention:2026-06-30")
