"""Who may read a case today (`case_facts`) and what each reader sees (views)."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from application.access.policy import Scope, case_facts
from application.cases.reading import case_view
from domain.activity import Activity
from domain.case import Case
from domain.person import Identity, Person
from domain.personal import Personal
from domain.referral import ReferralStatus
from domain.support_plan import AgencyRole, PlanStatement
from tests.domain.given import (
    INTAKE_AGENCY,
    RECEIVER,
    WORKER,
    a_consent,
    given_case_with_consent,
    given_open_case,
    given_requested_referral,
    recorded_on,
    withdraw,
)
from tests.domain.given_plans import given_grounds

TODAY = date(2026, 6, 1)
AT_TODAY = recorded_on(TODAY)


def given_person(case: Case) -> Person:
    pid = case.intake.person_id
    identity = Identity(Personal(pid, "大田原 花子"), None, None, None, None)
    return Person(id=pid, identity=identity, recorded_by=WORKER)


def a_statement(case: Case) -> PlanStatement:
    """A plan in which only fukushi_ka has a role."""
    pid = case.intake.person_id
    roles = (AgencyRole("fukushi_ka", Personal(pid, "家計相談")),)
    goals = (Personal(pid, "居場所に通う"),)
    return PlanStatement(goals, roles, Personal(pid, "方針"), TODAY)


def given_worked_case() -> Case:
    """A case referred to shakyo and accepted, with a plan and two activities."""
    case, referral_id = given_requested_referral()
    case.move_referral(
        referral_id=referral_id,
        status=ReferralStatus.ACCEPTED,
        agency=RECEIVER,
        on=TODAY,
        note=None,
        recorded_by=WORKER,
        recording=AT_TODAY,
    )
    pid = case.intake.person_id
    case.create_plan(
        plan_id=uuid4(),
        project="multi_agency",
        statement=a_statement(case),
        created_on=TODAY,
        agency=INTAKE_AGENCY,
        assessment_id=given_grounds(case),
        recorded_by=WORKER,
        recording=AT_TODAY,
    )
    for agency in (RECEIVER, INTAKE_AGENCY):
        note = Personal(pid, f"{agency}の訪問")
        visit = Activity(uuid4(), "home_visit", "outreach", agency, TODAY, note)
        case.record_activity(visit, WORKER, AT_TODAY)
    return case


def test_a_consent_to_share_valid_today_lets_its_agencies_read() -> None:
    case, _ = given_case_with_consent()

    facts = case_facts(case, TODAY)

    assert facts.owner == INTAKE_AGENCY
    assert facts.shared == {RECEIVER: frozenset({"basic", "health"})}
    assert facts.involved == frozenset()


def test_a_consent_only_for_referral_shares_nothing() -> None:
    case, _ = given_case_with_consent(purposes=("referral",))

    facts = case_facts(case, TODAY)

    assert facts.shared == {}


def test_an_expired_consent_shares_nothing() -> None:
    case, _ = given_case_with_consent(valid_until=date(2026, 5, 31))

    facts = case_facts(case, TODAY)

    assert facts.shared == {}


def test_a_withdrawn_consent_shares_nothing_from_its_withdrawal() -> None:
    case, consent = given_case_with_consent()
    withdraw(case, consent.consent_id, TODAY)

    facts = case_facts(case, TODAY)

    assert facts.shared == {}


def test_a_withdrawal_ends_what_an_accepted_referral_gave_that_day() -> None:
    case = given_worked_case()
    consent_id = next(iter(case.referrals.values())).basis.consent_id
    assert consent_id is not None
    withdraw(case, consent_id, TODAY)

    facts = case_facts(case, TODAY)

    assert facts.involved == frozenset()
    assert RECEIVER not in facts.shared


def test_an_accepted_referral_gives_nothing_once_its_consent_expired() -> None:
    case = given_worked_case()

    facts = case_facts(case, date(2027, 4, 1))

    assert facts.involved == frozenset()
    assert facts.shared == {}


def test_an_accepted_referral_involves_and_shares_with_its_receiver() -> None:
    case = given_worked_case()
    only_referral = a_consent(case, agencies=("yuzuriha",), purposes=("referral",))
    case.grant_consent(only_referral, WORKER, AT_TODAY)

    facts = case_facts(case, TODAY)

    assert facts.involved == frozenset({RECEIVER})
    assert RECEIVER in facts.shared


def test_a_requested_referral_alone_involves_no_one() -> None:
    case, _ = given_requested_referral()

    facts = case_facts(case, TODAY)

    assert facts.involved == frozenset()


def test_the_owning_agency_sees_the_whole_case() -> None:
    case = given_worked_case()

    view = case_view(case, given_person(case), Scope(INTAKE_AGENCY, full=True), TODAY)

    assert view.view == "full"
    assert view.summary == "長男がひきこもり"
    assert view.person is not None
    assert len(view.activities) == 2
    assert view.plans[0].revisions[0].goals == ("居場所に通う",)


def test_a_consented_agency_sees_identity_with_basic_but_no_free_text() -> None:
    case = given_worked_case()
    scope = Scope(RECEIVER, full=False, categories=frozenset({"basic"}))

    view = case_view(case, given_person(case), scope, TODAY)

    assert view.person is not None
    assert view.person.name == "大田原 花子"
    assert view.summary is None
    assert [a.agency for a in view.activities] == [RECEIVER]
    assert [r.to_agency for r in view.referrals] == [RECEIVER]
    assert view.plans[0].revisions[0].goals is None
    assert view.plans[0].revisions[0].roles[0].role is None
    assert view.consents[0].representative is None


def test_without_basic_a_consented_agency_sees_no_identity() -> None:
    case = given_open_case()
    scope = Scope("fukushi_ka", full=False, categories=frozenset({"health"}))

    view = case_view(case, given_person(case), scope, TODAY)

    assert view.person is None
    assert view.referrals == ()


def test_an_agency_with_a_role_in_a_plan_sees_that_plan() -> None:
    case = given_worked_case()
    scope = Scope("fukushi_ka", full=False, categories=frozenset({"health"}))

    view = case_view(case, given_person(case), scope, TODAY)

    assert view.plans[0].revisions[0].direction == "方針"
    assert view.plans[0].revisions[0].roles[0].role == "家計相談"


def test_a_sharer_sees_only_the_issue_codes_and_fields_its_basis_covers() -> None:
    case = given_open_case()  # issues 8050, hikikomori; fields elderly_care, livelihood
    scope = Scope(RECEIVER, full=False, categories=frozenset({"basic", "health"}))

    view = case_view(case, given_person(case), scope, TODAY)

    assert view.issues == ("hikikomori",)  # health; 8050 tells of the family
    assert view.fields == ()  # care and finance are not covered


def test_a_sharer_covered_for_family_and_finance_sees_those_codes() -> None:
    case = given_open_case()
    covered = frozenset({"family", "finance", "care", "health"})
    scope = Scope(RECEIVER, full=False, categories=covered)

    view = case_view(case, given_person(case), scope, TODAY)

    assert view.issues == ("8050", "hikikomori")
    assert view.fields == ("elderly_care", "livelihood")
