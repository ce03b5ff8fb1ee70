"""The access policy as a table: role × action × the caller's tie to the case.

Outcomes: `full` and `shared` are allowed (with what the caller may see);
`forbidden` (the role never may), `not_your_agency` and `consent_required`
are refusals (403); `not_found` (404) answers an agency with no tie at all to
the case (a stranger), exactly as an unknown id is answered. Every cell of the
table is checked, so a change of the policy shows here as a change of the
table.
"""

from __future__ import annotations

from dataclasses import replace
from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.access.policy import (
    CASE_RIGHTS,
    ROLES,
    Action,
    CaseFacts,
    Facts,
    HouseholdFacts,
    MeetingFacts,
    authorise,
)
from application.errors import ForbiddenError, NotFoundError, NotYourAgencyError
from domain.errors import AgencyInactiveError, ConsentRequiredError, UseSuspendedError
from domain.user import Role

OWNER, CONSENTED, REFERRED, STRANGER = "owner", "consented", "referred", "stranger"
NAMED = "named"  # named in a consent since withdrawn: a tie, but no basis today
CASE = CaseFacts(
    owner="chuo_houkatsu",
    involved=frozenset({"shakyo"}),
    shared={"shakyo": frozenset({"basic"}), "fukushi_ka": frozenset({"health"})},
    named=frozenset({"shakyo", "fukushi_ka", "kodomo_katei"}),
)
AGENCY = {
    OWNER: "chuo_houkatsu",
    REFERRED: "shakyo",
    CONSENTED: "fukushi_ka",
    STRANGER: "seibu_houkatsu",
    NAMED: "kodomo_katei",
}
MEETING = MeetingFacts("fukushi_ka", frozenset({"fukushi_ka", "shakyo"}))
ROLE_ORDER = (
    Role.CASEWORKER,
    Role.SUPERVISOR,
    Role.COORDINATOR,
    Role.AUDITOR,
    Role.REPORTER,
    Role.ADMIN,
)
F, Y, S = "forbidden", "full", "shared"
N, C, H = "not_your_agency", "consent_required", "not_found"

# Actions on a case, by the caller's agency's tie to it.
#   role:                      caseworker supervisor coordinator auditor reporter admin
CASE_TABLE: dict[tuple[Action, str], tuple[str, ...]] = {
    (Action.READ_CASE, OWNER): (Y, Y, Y, F, F, F),
    (Action.READ_CASE, REFERRED): (S, S, S, F, F, F),
    (Action.READ_CASE, CONSENTED): (S, S, S, F, F, F),
    (Action.READ_CASE, NAMED): (C, C, C, F, F, F),
    (Action.READ_CASE, STRANGER): (H, H, H, F, H, H),
    (Action.MANAGE_CASE, OWNER): (Y, F, F, F, F, F),
    (Action.MANAGE_CASE, REFERRED): (N, F, F, F, F, F),
    (Action.MANAGE_CASE, CONSENTED): (N, F, F, F, F, F),
    (Action.MANAGE_CASE, NAMED): (N, F, F, F, F, F),
    (Action.MANAGE_CASE, STRANGER): (H, H, H, F, H, H),
    (Action.WORK_ON_CASE, OWNER): (Y, F, F, F, F, F),
    (Action.WORK_ON_CASE, REFERRED): (S, F, F, F, F, F),
    (Action.WORK_ON_CASE, CONSENTED): (N, F, F, F, F, F),
    (Action.WORK_ON_CASE, STRANGER): (H, H, H, F, H, H),
    (Action.MOVE_REFERRAL, OWNER): (Y, F, F, F, F, F),
    (Action.MOVE_REFERRAL, NAMED): (Y, F, F, F, F, F),  # domain: which agency
    (Action.MOVE_REFERRAL, STRANGER): (H, H, H, F, H, H),
    (Action.READ_HISTORY, OWNER): (F, Y, F, Y, F, F),
    (Action.READ_HISTORY, NAMED): (F, N, F, Y, F, F),
    (Action.READ_HISTORY, STRANGER): (H, H, H, Y, H, H),
    (Action.REFER_ON_STATUTE, OWNER): (F, Y, F, F, F, F),
    (Action.REFER_ON_STATUTE, STRANGER): (H, H, H, F, H, H),
    # the domain then lets only the recording agency void its record
    (Action.CORRECT_RECORD, OWNER): (Y, Y, F, F, F, F),
    (Action.CORRECT_RECORD, NAMED): (Y, Y, F, F, F, F),
    (Action.CORRECT_RECORD, STRANGER): (H, H, H, F, H, H),
    # 移管 and 担当変更: a supervisor of the agency holding the case
    (Action.TRANSFER_CASE, OWNER): (F, Y, F, F, F, F),
    (Action.TRANSFER_CASE, REFERRED): (F, N, F, F, F, F),
    (Action.ASSIGN_WORKER, OWNER): (F, Y, F, F, F, F),
    (Action.ASSIGN_WORKER, NAMED): (F, N, F, F, F, F),
    (Action.ASSIGN_WORKER, STRANGER): (H, H, H, F, H, H),
}

# Actions needing no case: the caller's own agency, a meeting, or nothing.
#   role:                      caseworker supervisor coordinator auditor reporter admin
OTHER_TABLE: dict[tuple[Action, str], tuple[str, ...]] = {
    (Action.OPEN_CASE, "own agency"): (Y, F, F, F, F, F),
    (Action.OPEN_CASE, "other agency"): (N, F, F, F, F, F),
    (Action.RECORD_CONSULTATION, "own agency"): (Y, F, F, F, F, F),
    (Action.RECORD_CONSULTATION, "other agency"): (N, F, F, F, F, F),
    (Action.CONVENE_MEETING, "-"): (F, F, Y, F, F, F),
    (Action.RUN_MEETING, "convener"): (F, F, Y, F, F, F),
    (Action.RUN_MEETING, "member"): (F, F, N, F, F, F),
    (Action.READ_MEETING, "member"): (F, F, Y, Y, F, F),
    (Action.READ_MEETING, "outsider"): (F, F, N, Y, F, F),
    (Action.READ_AUDIT_TRAIL, "-"): (F, F, F, Y, F, F),
    (Action.READ_REPORTS, "-"): (F, F, F, F, Y, F),
    (Action.READ_CASELOADS, "-"): (F, Y, F, F, Y, F),
    # the /ui/ dashboard: a coordinator only of a city section (市の課)
    (Action.VIEW_INDICATORS, "-"): (F, Y, Y, F, Y, F),
    (Action.VIEW_INDICATORS, "window"): (F, Y, N, F, Y, F),
    (Action.MANAGE_USERS, "-"): (F, F, F, F, F, Y),
    (Action.MANAGE_REGISTRY, "-"): (F, F, F, F, F, Y),
    (Action.READ_REGISTRY, "-"): (Y, Y, Y, Y, Y, Y),
    (Action.LIST_CASES, "-"): (Y, Y, Y, F, F, F),  # each case then as READ_CASE
    (Action.INVOKE_STATUTE, "-"): (F, Y, Y, F, F, F),
    # the domain then asks the registry (a section running 多機関協働) and a consent
    (Action.DECIDE_SUPPORT, "-"): (F, Y, Y, F, F, F),
    (Action.REQUEST_ERASURE, "-"): (F, Y, F, F, F, Y),
    (Action.ANSWER_ERASURE, "-"): (F, F, F, F, F, Y),
    (Action.APPLY_RETENTION, "-"): (F, F, F, F, F, Y),
    # 開示・訂正・利用停止: the city's officer, or a supervisor holding a case
    (Action.HANDLE_RIGHTS, "holder"): (F, Y, F, F, F, Y),
    (Action.HANDLE_RIGHTS, "not a holder"): (F, H, F, F, F, Y),
    (Action.DISCLOSE_COPY, "holder"): (F, F, F, F, F, Y),
    (Action.DISCLOSE_COPY, "not a holder"): (F, F, F, F, F, Y),
    # 世帯: formed for the caller's own agency; known as a case is known (R11)
    (Action.FORM_HOUSEHOLD, "-"): (Y, F, F, F, F, F),
    (Action.READ_HOUSEHOLD, "household keeper"): (Y, Y, Y, F, F, F),
    (Action.READ_HOUSEHOLD, "household tie"): (S, S, S, F, F, F),
    (Action.READ_HOUSEHOLD, "household stranger"): (H, H, H, H, H, H),
    (Action.MANAGE_HOUSEHOLD, "household keeper"): (Y, F, F, F, F, F),
    (Action.MANAGE_HOUSEHOLD, "household tie"): (N, F, F, F, F, F),
    (Action.MANAGE_HOUSEHOLD, "household stranger"): (H, H, H, H, H, H),
    # each of the person's cases then as READ_CASE (application/people/access.py)
    (Action.READ_PERSON, "-"): (Y, Y, Y, F, F, F),
    # the application then asks that the agency hold a case on both records
    (Action.MERGE_PERSONS, "-"): (F, Y, F, F, F, F),
}
HOUSEHOLD = HouseholdFacts(
    uuid4(),
    known=frozenset({"chuo_houkatsu", "shakyo"}),
    managers=frozenset({"chuo_houkatsu"}),
)
OTHER_CALLER = {
    "own agency": ("chuo_houkatsu", Facts(agency="chuo_houkatsu")),
    "other agency": ("chuo_houkatsu", Facts(agency="shakyo")),
    "convener": ("fukushi_ka", Facts(meeting=MEETING)),
    "member": ("shakyo", Facts(meeting=MEETING)),
    "outsider": ("seibu_houkatsu", Facts(meeting=MEETING)),
    "-": ("fukushi_ka", Facts()),
    "holder": ("chuo_houkatsu", Facts(person_holders=frozenset({"chuo_houkatsu"}))),
    "not a holder": ("shakyo", Facts(person_holders=frozenset({"chuo_houkatsu"}))),
    "household keeper": ("chuo_houkatsu", Facts(household=HOUSEHOLD)),
    "household tie": ("shakyo", Facts(household=HOUSEHOLD)),
    "household stranger": ("seibu_houkatsu", Facts(household=HOUSEHOLD)),
    "window": ("shakyo", Facts()),
}


def outcome(actor: Actor, action: Action, facts: Facts) -> str:
    try:
        scope = authorise(actor, action, facts)
    except NotYourAgencyError:
        return N
    except ConsentRequiredError:
        return C
    except NotFoundError:
        return H
    except ForbiddenError:
        return F
    return scope.name


def cells(
    table: dict[tuple[Action, str], tuple[str, ...]],
) -> list[tuple[Action, str, Role, str]]:
    return [
        (action, tie, role, expected)
        for (action, tie), row in table.items()
        for role, expected in zip(ROLE_ORDER, row, strict=True)
    ]


@pytest.mark.parametrize(("action", "tie", "role", "expected"), cells(CASE_TABLE))
def test_case_actions_follow_the_table(
    action: Action, tie: str, role: Role, expected: str
) -> None:
    actor = Actor(uuid4(), AGENCY[tie], role.value)

    result = outcome(actor, action, Facts(case=CASE))

    assert result == expected


@pytest.mark.parametrize(("action", "tie", "role", "expected"), cells(OTHER_TABLE))
def test_other_actions_follow_the_table(
    action: Action, tie: str, role: Role, expected: str
) -> None:
    agency, facts = OTHER_CALLER[tie]
    actor = Actor(uuid4(), agency, role.value)

    result = outcome(actor, action, facts)

    assert result == expected


def test_every_action_appears_in_the_tables() -> None:
    tabled = {action for action, _ in (*CASE_TABLE, *OTHER_TABLE)}

    assert tabled == set(Action) == set(ROLES)


@pytest.mark.parametrize("action", [Action.READ_CASE, Action.MANAGE_CASE])
def test_a_case_action_without_case_facts_is_denied(action: Action) -> None:
    actor = Actor(uuid4(), "chuo_houkatsu", Role.CASEWORKER.value)

    with pytest.raises(ForbiddenError):
        authorise(actor, action, Facts())


def test_an_unknown_role_may_do_nothing() -> None:
    actor = Actor(uuid4(), "chuo_houkatsu", "system")

    denied = [a for a in Action if outcome(actor, a, Facts(case=CASE)) != F]

    assert denied == []


def test_a_shared_reader_sees_only_its_agencys_categories() -> None:
    actor = Actor(uuid4(), "fukushi_ka", Role.CASEWORKER.value)

    scope = authorise(actor, Action.READ_CASE, Facts(case=CASE))

    assert (scope.full, scope.categories) == (False, frozenset({"health"}))


@pytest.mark.parametrize("action", sorted(CASE_RIGHTS))
def test_a_deactivated_agency_loses_every_case_right(action: Action) -> None:
    role = next(iter(ROLES[action]))
    actor = Actor(uuid4(), "chuo_houkatsu", role.value, agency_active=False)

    with pytest.raises(AgencyInactiveError):
        authorise(actor, action, Facts(agency="chuo_houkatsu", case=CASE))


def test_a_deactivated_agency_still_reads_the_registry() -> None:
    actor = Actor(uuid4(), "chuo_houkatsu", "caseworker", agency_active=False)

    scope = authorise(actor, Action.READ_REGISTRY)

    assert scope.full


def test_a_suspended_persons_case_is_refused_to_all_but_its_handlers() -> None:
    handler = Actor(uuid4(), "chuo_houkatsu", Role.SUPERVISOR.value)
    reader = Actor(uuid4(), "chuo_houkatsu", Role.SUPERVISOR.value)
    suspended = replace(CASE, suspended_for=frozenset({handler.recorded_by}))

    with pytest.raises(UseSuspendedError):
        authorise(reader, Action.READ_CASE, Facts(case=suspended))

    assert authorise(handler, Action.READ_CASE, Facts(case=suspended)).full


def test_a_stranger_to_a_suspended_persons_case_still_learns_nothing() -> None:
    stranger = Actor(uuid4(), AGENCY[STRANGER], Role.CASEWORKER.value)
    suspended = replace(CASE, suspended_for=frozenset())

    with pytest.raises(NotFoundError):
        authorise(stranger, Action.READ_CASE, Facts(case=suspended))
