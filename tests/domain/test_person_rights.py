"""The person's rights (開示・訂正・利用停止) as given / when / then."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from domain.errors import (
    InvalidPersonError,
    InvalidRightsRequestError,
    NotSuspendedError,
    PersonErasedError,
    RightsRequestAnsweredError,
    RightsRequestNotFoundError,
    UseSuspendedError,
)
from domain.person import Person
from domain.person_rights import RightKind
from tests.domain.test_person import an_identity, given_person

ON = date(2026, 6, 30)
OFFICER = "user-officer"
DECIDER = "user-decider"
READER = "user-reader"


def given_request(kind: RightKind, person: Person | None = None) -> tuple[Person, UUID]:
    person = person or given_person()
    request_id = uuid4()
    person.request_right(request_id, kind.value, f"R8-{kind.value}-001", OFFICER, ON)
    person.collect_events()
    return person, request_id


def given_suspended() -> Person:
    person, request_id = given_request(RightKind.SUSPENSION)
    person.suspend_use(request_id, DECIDER, ON)
    person.collect_events()
    return person


@pytest.mark.parametrize("kind", list(RightKind))
def test_a_request_is_recorded_with_its_kind_reference_by_whom_and_when(
    kind: RightKind,
) -> None:
    person = given_person()
    request_id = uuid4()

    person.request_right(request_id, kind.value, " R8-001 ", OFFICER, ON)

    (requested,) = person.collect_events()
    assert isinstance(requested, Person.RightsRequested)
    assert (requested.kind, requested.request_ref) == (kind.value, "R8-001")
    assert (requested.recorded_by, requested.requested_on) == (OFFICER, ON)
    assert person.rights_requests[str(request_id)].is_pending


@pytest.mark.parametrize(
    ("kind", "ref"), [("disclosure", " "), ("disclosure", "x" * 101), ("copy", "R-1")]
)
def test_a_request_without_a_known_kind_or_a_reference_is_refused(
    kind: str, ref: str
) -> None:
    person = given_person()

    with pytest.raises(InvalidRightsRequestError):
        person.request_right(uuid4(), kind, ref, OFFICER, ON)

    assert person.collect_events() == []


def test_a_reference_already_recorded_is_refused() -> None:
    person, _ = given_request(RightKind.DISCLOSURE)

    with pytest.raises(InvalidRightsRequestError):
        person.request_right(uuid4(), "correction", "R8-disclosure-001", OFFICER, ON)


def test_a_disclosure_is_answered_by_handing_over_the_copy() -> None:
    person, request_id = given_request(RightKind.DISCLOSURE)

    person.disclose(request_id, OFFICER, ON)

    (disclosed,) = person.collect_events()
    assert isinstance(disclosed, Person.Disclosed)
    assert (disclosed.request_ref, disclosed.disclosed_on) == ("R8-disclosure-001", ON)
    assert person.rights_requests[str(request_id)].status == "disclosed"


def test_a_request_of_another_kind_cannot_be_answered_as_a_disclosure() -> None:
    person, request_id = given_request(RightKind.CORRECTION)

    with pytest.raises(RightsRequestNotFoundError):
        person.disclose(request_id, OFFICER, ON)


def test_an_answered_request_is_not_answered_again() -> None:
    person, request_id = given_request(RightKind.DISCLOSURE)
    person.disclose(request_id, OFFICER, ON)

    with pytest.raises(RightsRequestAnsweredError):
        person.disclose(request_id, OFFICER, ON)


def test_a_correction_of_identity_keeps_the_former_identity_in_the_events() -> None:
    person, request_id = given_request(RightKind.CORRECTION)
    before = person.identity.name.text

    person.correct_identity(
        request_id, an_identity(person.id, "大田原 華子"), DECIDER, ON
    )

    (corrected,) = person.collect_events()
    assert isinstance(corrected, Person.IdentityCorrected)
    assert (corrected.request_ref, corrected.corrected_on) == ("R8-correction-001", ON)
    assert (before, person.identity.name.text) == ("大田原 花子", "大田原 華子")
    assert person.rights_requests[str(request_id)].status == "corrected"


def test_a_correction_with_another_persons_data_is_refused() -> None:
    person, request_id = given_request(RightKind.CORRECTION)

    with pytest.raises(InvalidPersonError):
        person.correct_identity(request_id, an_identity(uuid4()), DECIDER, ON)


def test_a_correction_note_answers_the_correction_request() -> None:
    person, request_id = given_request(RightKind.CORRECTION)
    case_id, note_id = uuid4(), uuid4()

    person.note_correction(request_id, case_id, note_id, DECIDER, ON)

    (noted,) = person.collect_events()
    assert isinstance(noted, Person.CorrectionNoted)
    assert (noted.case_id, noted.note_id) == (case_id, note_id)
    assert person.rights_requests[str(request_id)].status == "corrected"


def test_a_suspension_names_its_handlers_and_refuses_everyone_else() -> None:
    person, request_id = given_request(RightKind.SUSPENSION)

    person.suspend_use(request_id, DECIDER, ON)

    (suspended,) = person.collect_events()
    assert isinstance(suspended, Person.UseSuspended)
    assert person.suspension is not None
    assert person.suspension.handlers == (OFFICER, DECIDER)
    person.check_use(OFFICER)  # the handlers still may
    with pytest.raises(UseSuspendedError):
        person.check_use(READER)


def test_lifting_the_suspension_is_an_event_and_lets_readers_read_again() -> None:
    person = given_suspended()

    person.lift_suspension(DECIDER, ON, "利用停止の理由が解消")

    (lifted,) = person.collect_events()
    assert isinstance(lifted, Person.SuspensionLifted)
    assert lifted.request_ref == "R8-suspension-001"
    assert person.suspension is None
    person.check_use(READER)


def test_lifting_needs_a_suspension_and_a_reason() -> None:
    person = given_person()

    with pytest.raises(NotSuspendedError):
        person.lift_suspension(DECIDER, ON, "解除")
    with pytest.raises(InvalidRightsRequestError):
        given_suspended().lift_suspension(DECIDER, ON, " ")


def test_a_refusal_answers_any_kind_with_its_reason() -> None:
    person, request_id = given_request(RightKind.SUSPENSION)

    person.refuse_right(request_id, DECIDER, ON, "要件に該当しない")

    (refused,) = person.collect_events()
    assert isinstance(refused, Person.RightsRequestRefused)
    assert refused.reason == "要件に該当しない"
    assert person.suspension is None
    assert person.rights_requests[str(request_id)].status == "refused"


def test_an_erased_person_takes_no_request() -> None:
    person = given_person()
    person.erase_after_retention(ON, "保存期間満了", "run-1", OFFICER)
    person.collect_events()

    with pytest.raises(PersonErasedError):
        person.request_right(uuid4(), "disclosure", "R8-1", OFFICER, ON)


def test_a_version_1_identity_correction_reads_as_answering_no_request() -> None:
    state: dict[str, object] = {"identity": None, "recorded_by": OFFICER}

    Person.IdentityCorrected.upcast_v1_v2(state)

    assert state["request_id"] is None
    assert state["corrected_on"] is None


def test_a_version_2_snapshot_reads_as_having_no_rights_requests() -> None:
    state: dict[str, object] = {"erasure_requests": {}}

    Person.upcast_v2_v3(state)

    assert state["rights_requests"] == {}
    assert state["suspension"] is None
