"""What the lists read from the caseloads (version 3), on both stores."""

from __future__ import annotations

from datetime import date

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.cases.forms import BasisForm
from projections.caseload_lists import CaseFilter
from projections.read_models import ReadModels
from tests.application.given import INTAKE_WORKER, a_referral
from tests.application.given_plans import given_grounds
from tests.projections.given import (
    SHAKYO,
    a_case,
    a_consented_case,
    a_plan_form,
    caught_up,
)


def test_an_agency_finds_its_own_cases_and_those_naming_it(
    ledger: CaseLedger, models: ReadModels
) -> None:
    own = a_case(ledger, agency="shakyo")
    named = a_consented_case(ledger)  # names shakyo in its consent
    a_case(ledger)  # names no one

    found = caught_up(models).caseloads.case_candidates(CaseFilter("shakyo"), "", 10)

    assert {row.case_id for row in found} == {str(own), str(named)}
    assert all(row.person_id for row in found)


def test_filters_and_the_cursor_narrow_the_candidates(
    ledger: CaseLedger, models: ReadModels
) -> None:
    cases = sorted(str(a_case(ledger, fields=("livelihood",))) for _ in range(3))
    a_case(ledger, fields=("elderly_care",))
    view = caught_up(models).caseloads

    after_first = view.case_candidates(
        CaseFilter("chuo_houkatsu", field="livelihood", status="intake"), cases[0], 10
    )

    assert [row.case_id for row in after_first] == cases[1:]


def test_a_passed_review_date_is_found_by_review_before(
    ledger: CaseLedger, models: ReadModels
) -> None:
    planned = a_case(ledger, agency="shakyo")
    ledger.create_plan(
        SHAKYO,
        planned,
        project="multi_agency",
        form=a_plan_form(review_on=date(2026, 6, 20)),
        created_on=date(2026, 6, 1),
        assessment_id=given_grounds(ledger, planned, SHAKYO, consent_by=SHAKYO),
    )
    view = caught_up(models).caseloads

    due = view.case_candidates(
        CaseFilter("shakyo", review_before=date(2026, 6, 30)), "", 10
    )
    not_yet = view.case_candidates(
        CaseFilter("shakyo", review_before=date(2026, 6, 20)), "", 10
    )

    assert [(r.case_id, r.review_on) for r in due] == [
        (str(planned), date(2026, 6, 20))
    ]
    assert not_yet == []


def test_a_referral_is_listed_to_its_two_agencies(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id = a_consented_case(ledger)
    made = ledger.request_referral(INTAKE_WORKER, case_id, a_referral())
    view = caught_up(models).caseloads

    inbox = view.referrals_of("shakyo", "", 10, to_agency="shakyo", status="requested")
    outbox = view.referrals_of("chuo_houkatsu", "", 10, from_agency="chuo_houkatsu")
    foreign = view.referrals_of("seibu_houkatsu", "", 10)

    assert [r.referral_id for r in inbox] == [str(made.referral_id)]
    assert [r.to_agency for r in outbox] == ["shakyo"]
    assert foreign == []


def test_staff_are_kept_without_their_names(
    ledger: CaseLedger, models: ReadModels
) -> None:
    user_id, _ = ledger.add_user("相談員 中央", "chuo_houkatsu", "caseworker")
    ledger.deactivate_user(user_id, "退職")

    staff = caught_up(models).caseloads.staff("", 10)

    assert [(s.user_id, s.agency, s.role, s.active) for s in staff] == [
        (str(user_id), "chuo_houkatsu", "caseworker", False)
    ]
    assert "相談員" not in repr(staff)


def test_a_transferred_case_moves_to_its_new_holder_and_stays_tied_to_the_old(
    ledger: CaseLedger, models: ReadModels
) -> None:
    case_id = a_case(ledger)  # at chuo_houkatsu, named nowhere else
    supervisor = Actor(INTAKE_WORKER.user_id, "chuo_houkatsu", "supervisor")
    statute = BasisForm("statute", statute="appi_operator_life_or_body", reason="急迫")
    ledger.transfer_case(
        supervisor, case_id, to_agency="shakyo",
        transferred_on=date(2026, 6, 30), basis=statute,
    )  # fmt: skip
    view = caught_up(models).caseloads

    holder = view.case_candidates(CaseFilter("shakyo"), "", 10)
    former = view.case_candidates(CaseFilter("chuo_houkatsu"), "", 10)

    assert [(r.case_id, r.agency, r.worker) for r in holder] == [
        (str(case_id), "shakyo", "")
    ]
    assert [r.agency for r in former] == ["shakyo"]  # a candidate, judged as a sharer
