"""Transfer (移管), a new worker (担当変更), closure for a coded reason (終結理由)."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.basis import Basis
from domain.case import Case
from domain.case_handover import UNASSIGNED
from domain.errors import (
    CategoriesNotCoveredError,
    ConsentRequiredError,
    InvalidBasisError,
    InvalidClosureReasonError,
    InvalidWorkerError,
    NotWorkingOnCaseError,
    SelfTransferError,
)
from domain.personal import Personal
from tests.domain.given import (
    INTAKE_AGENCY,
    RECEIVER,
    WORKER,
    given_case_with_consent,
    given_open_case,
    recorded_on,
    withdraw,
)

ON = date(2026, 6, 1)
EVERYTHING = ("basic", "care", "finance", "family", "health")  # the case reveals


def transfer(case: Case, to: str = RECEIVER, basis: Basis | None = None) -> Basis:
    return case.transfer(
        to_agency=to,
        transferred_on=ON,
        basis=basis or Basis.of_consent(),
        note=None,
        recorded_by=WORKER,
        recording=recorded_on(ON),
    )


def assign(case: Case, worker: str, agency: str = RECEIVER) -> None:
    case.assign_worker(
        worker=worker,
        assigned_on=ON,
        agency=agency,
        recorded_by="user-boss",
        recording=recorded_on(ON),
    )


def test_a_transfer_on_a_consent_covering_the_whole_case_hands_it_over() -> None:
    case, consent = given_case_with_consent(
        purposes=("referral",), categories=EVERYTHING
    )

    basis = transfer(case)

    (transferred,) = case.collect_events()
    assert isinstance(transferred, Case.Transferred)
    assert (transferred.from_agency, transferred.to_agency) == (INTAKE_AGENCY, RECEIVER)
    assert basis == Basis.of_consent(consent.consent_id)
    assert case.owner == RECEIVER
    assert case.worker == UNASSIGNED
    assert case.intake.agency == INTAKE_AGENCY  # intake stays as it was


def test_the_agency_that_held_the_case_keeps_nothing_from_holding_it() -> None:
    case, _ = given_case_with_consent(purposes=("referral",), categories=EVERYTHING)
    transfer(case)

    assert INTAKE_AGENCY not in case.workers_on(ON)
    with pytest.raises(NotWorkingOnCaseError):
        case.working_basis(INTAKE_AGENCY, ON, ON)


def test_a_consent_short_of_what_the_case_reveals_transfers_nothing() -> None:
    case, _ = given_case_with_consent(
        purposes=("referral",), categories=("basic", "health")
    )

    with pytest.raises(CategoriesNotCoveredError):
        transfer(case)
    assert case.owner == INTAKE_AGENCY


def test_a_withdrawn_consent_transfers_nothing() -> None:
    case, consent = given_case_with_consent(
        purposes=("referral",), categories=EVERYTHING
    )
    withdraw(case, consent.consent_id, date(2026, 5, 30))

    with pytest.raises(ConsentRequiredError):
        transfer(case)


def test_a_statute_transfers_the_case_without_consent() -> None:
    case = given_open_case()
    statute = Basis.of_statute(
        "appi_operator_life_or_body", Personal(case.intake.person_id, "命の危険")
    )

    assert transfer(case, basis=statute) == statute
    assert case.owner == RECEIVER


def test_a_support_meeting_is_no_basis_for_a_transfer() -> None:
    case = given_open_case()

    with pytest.raises(InvalidBasisError):
        transfer(case, basis=Basis.of_meeting(uuid4()))


def test_a_case_is_not_transferred_to_its_holder() -> None:
    case = given_open_case()

    with pytest.raises(SelfTransferError):
        transfer(case, to=INTAKE_AGENCY)


def test_the_holder_assigns_its_worker() -> None:
    case, _ = given_case_with_consent(purposes=("referral",), categories=EVERYTHING)
    transfer(case)

    assign(case, "user-7")

    assert case.worker == "user-7"
    with pytest.raises(NotWorkingOnCaseError):
        assign(case, "user-8", agency=INTAKE_AGENCY)
    with pytest.raises(InvalidWorkerError):
        assign(case, "  ")


@pytest.mark.parametrize("code", ["unrecorded", "bored", ""])
def test_a_case_is_closed_only_for_a_coded_reason(code: str) -> None:
    case = given_open_case()

    with pytest.raises(InvalidClosureReasonError):
        case.close(ON, None, WORKER, recorded_on(ON), reason_code=code)
    assert not case.is_closed


def test_the_closure_keeps_its_reason_code() -> None:
    case = given_open_case()

    case.close(ON, None, WORKER, recorded_on(ON), reason_code="lost_contact")

    (closed,) = case.collect_events()
    assert isinstance(closed, Case.Closed)
    assert closed.reason_code == "lost_contact"
