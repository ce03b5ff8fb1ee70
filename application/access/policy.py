"""Who may do what: the ledger's one access policy, deny by default.

Pure functions over (actor, action, facts about the resource); no I/O. An
action absent from `ROLES`, a role absent from an action's row, or facts
missing where a rule needs them, is a refusal. Agency rules follow the
programme's need-to-know principle (要配慮個人情報): a case belongs to its
intake agency; another agency sees it only on a lawful basis (a consent to
share valid today, or a referral it accepted), and then only the consented
categories.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum

from application.access.actor import Actor
from application.access.facts import (
    CaseFacts,
    Facts,
    HouseholdFacts,
    MeetingFacts,
    Scope,
    case_facts,
)
from application.access.household_rules import (
    check_known_household,
    manage_household,
    read_household,
)
from application.errors import ForbiddenError, NotFoundError, NotYourAgencyError
from domain.catalogue import CITY_SECTIONS
from domain.errors import AgencyInactiveError, ConsentRequiredError, UseSuspendedError
from domain.user import Role

__all__ = [
    "CASE_RIGHTS",
    "ROLES",
    "Action",
    "CaseFacts",
    "Facts",
    "HouseholdFacts",
    "MeetingFacts",
    "Scope",
    "authorise",
    "case_facts",
    "check_role",
]


class Action(StrEnum):
    """What a caller asks to do; each route declares exactly one."""

    READ_REGISTRY = "read_registry"
    OPEN_CASE = "open_case"
    READ_CASE = "read_case"
    LIST_CASES = "list_cases"  # each case listed is judged as READ_CASE
    MANAGE_CASE = "manage_case"  # consents, referral requests, closure, reopening
    WORK_ON_CASE = "work_on_case"  # activities, support plans and revisions
    MOVE_REFERRAL = "move_referral"  # accept/decline/complete, cancel (domain: who)
    CONVENE_MEETING = "convene_meeting"
    RUN_MEETING = "run_meeting"  # acknowledgements, disclosures, decisions, closure
    READ_MEETING = "read_meeting"
    READ_HISTORY = "read_history"
    READ_AUDIT_TRAIL = "read_audit_trail"  # disclosures trail, access log
    READ_REPORTS = "read_reports"  # indicators: counts, no personal data
    READ_CASELOADS = "read_caseloads"
    VIEW_INDICATORS = "view_indicators"  # the /ui/ dashboard: counts, no person
    MANAGE_USERS = "manage_users"
    MANAGE_REGISTRY = "manage_registry"
    INVOKE_STATUTE = "invoke_statute"  # a share resting on a statute (R7)
    CORRECT_RECORD = "correct_record"  # void or re-date one's own record (R9)
    REFER_ON_STATUTE = "refer_on_statute"  # a referral resting on a statute
    DECIDE_SUPPORT = "decide_support"  # 支援決定 (the domain: which section, basis)
    TRANSFER_CASE = "transfer_case"  # 移管 to another agency
    ASSIGN_WORKER = "assign_worker"  # 担当変更 within the holding agency
    REQUEST_ERASURE = "request_erasure"  # record a person's request to erase
    ANSWER_ERASURE = "answer_erasure"  # approve or refuse it (another admin)
    APPLY_RETENTION = "apply_retention"  # erase what the retention periods end
    HANDLE_RIGHTS = "handle_rights"  # 開示・訂正・利用停止: requests and answers
    DISCLOSE_COPY = "disclose_copy"  # make the copy of all that is held (開示)
    FORM_HOUSEHOLD = "form_household"  # 世帯, always kept by the caller's agency
    READ_HOUSEHOLD = "read_household"  # its members, as far as each is visible
    MANAGE_HOUSEHOLD = "manage_household"  # members join, leave, 続柄 corrected
    READ_PERSON = "read_person"  # a person and their cases (each judged as a read)
    MERGE_PERSONS = "merge_persons"  # 名寄せ: two records of one person
    RECORD_CONSULTATION = "record_consultation"  # a one-off one, at its window


# Every right over a case ends the day the caller's agency is deactivated (R4).
CASE_RIGHTS = frozenset(
    {
        Action.OPEN_CASE,
        Action.READ_CASE,
        Action.LIST_CASES,
        Action.MANAGE_CASE,
        Action.WORK_ON_CASE,
        Action.MOVE_REFERRAL,
        Action.CONVENE_MEETING,
        Action.RUN_MEETING,
        Action.READ_MEETING,
        Action.READ_HISTORY,
        Action.READ_CASELOADS,
        Action.INVOKE_STATUTE,
        Action.REFER_ON_STATUTE,
        Action.CORRECT_RECORD,
        Action.DECIDE_SUPPORT,
        Action.TRANSFER_CASE,
        Action.ASSIGN_WORKER,
        Action.FORM_HOUSEHOLD,
        Action.READ_HOUSEHOLD,
        Action.MANAGE_HOUSEHOLD,
        Action.READ_PERSON,
        Action.MERGE_PERSONS,
        Action.RECORD_CONSULTATION,
    }
)


_STAFF = frozenset({Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR})
_CITY = frozenset(section.code for section in CITY_SECTIONS)

ROLES: Mapping[Action, frozenset[Role]] = {
    Action.READ_REGISTRY: frozenset(Role),
    Action.OPEN_CASE: frozenset({Role.CASEWORKER}),
    Action.READ_CASE: _STAFF,
    Action.LIST_CASES: _STAFF,
    Action.MANAGE_CASE: frozenset({Role.CASEWORKER}),
    Action.WORK_ON_CASE: frozenset({Role.CASEWORKER}),
    Action.MOVE_REFERRAL: frozenset({Role.CASEWORKER}),
    Action.CONVENE_MEETING: frozenset({Role.COORDINATOR}),
    Action.RUN_MEETING: frozenset({Role.COORDINATOR}),
    Action.READ_MEETING: frozenset({Role.COORDINATOR, Role.AUDITOR}),
    Action.READ_HISTORY: frozenset({Role.SUPERVISOR, Role.AUDITOR}),
    Action.READ_AUDIT_TRAIL: frozenset({Role.AUDITOR}),
    Action.READ_REPORTS: frozenset({Role.REPORTER}),
    Action.READ_CASELOADS: frozenset({Role.SUPERVISOR, Role.REPORTER}),
    # The evaluation's figures for those around the plan: reporters,
    # supervisors, and a city section's coordinator (the rule checks which).
    Action.VIEW_INDICATORS: frozenset(
        {Role.REPORTER, Role.SUPERVISOR, Role.COORDINATOR}
    ),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.MANAGE_REGISTRY: frozenset({Role.ADMIN}),
    # Only a supervisor or coordinator invokes a statute (R7).
    Action.INVOKE_STATUTE: frozenset({Role.SUPERVISOR, Role.COORDINATOR}),
    Action.REFER_ON_STATUTE: frozenset({Role.SUPERVISOR}),
    # Erasure is two people's act (二者確認): the domain refuses an approval by
    # the requester; only an admin answers.
    Action.REQUEST_ERASURE: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.ANSWER_ERASURE: frozenset({Role.ADMIN}),
    Action.APPLY_RETENTION: frozenset({Role.ADMIN}),
    # The person's requests are handled by the city's officer (an admin) or a
    # supervisor of an agency holding one of their cases; the copy spans every
    # agency's cases, so only the city's officer makes it.
    Action.HANDLE_RIGHTS: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.DISCLOSE_COPY: frozenset({Role.ADMIN}),
    # Voiding reveals nothing; the domain lets only the recording agency do it.
    Action.CORRECT_RECORD: frozenset({Role.CASEWORKER, Role.SUPERVISOR}),
    # The city section decides (支援決定); the registry and a consent, in the
    # domain, decide which agency may and on what basis.
    Action.DECIDE_SUPPORT: frozenset({Role.SUPERVISOR, Role.COORDINATOR}),
    # Handing the whole case on, or naming its worker, is a supervisor's call.
    Action.TRANSFER_CASE: frozenset({Role.SUPERVISOR}),
    Action.ASSIGN_WORKER: frozenset({Role.SUPERVISOR}),
    # A household is kept by the windows that work with it (docs/households.md).
    Action.FORM_HOUSEHOLD: frozenset({Role.CASEWORKER}),
    Action.READ_HOUSEHOLD: _STAFF,
    Action.MANAGE_HOUSEHOLD: frozenset({Role.CASEWORKER}),
    # A person is known through their cases: each is judged as a read of it.
    Action.READ_PERSON: _STAFF,
    # 名寄せ joins two records for good: a supervisor, whose agency holds a
    # case on each (checked in `application/people/merging.py`), so that it
    # can compare both identities itself.
    Action.MERGE_PERSONS: frozenset({Role.SUPERVISOR}),
    # Who takes intake records the consultations that never became a case.
    Action.RECORD_CONSULTATION: frozenset({Role.CASEWORKER}),
}


def authorise(actor: Actor, action: Action, facts: Facts | None = None) -> Scope:
    """Allow (returning what the caller may see) or raise a 403 refusal.

    A case the caller's agency has no tie to is answered as if it did not
    exist (404), before any other rule, so no answer tells it that it does.
    """
    facts = facts or Facts()
    if facts.case is not None:
        check_known(actor, facts.case)
    if facts.household is not None:
        check_known_household(actor, facts.household)
    check_role(actor, action)
    if facts.case is not None:
        check_not_suspended(actor, facts.case)
    rule = _RULES.get(action, _role_only)
    return rule(actor, facts)


def check_known(actor: Actor, case: CaseFacts) -> None:
    """Auditors know every case; anyone else only one its agency is tied to."""
    if actor.role != Role.AUDITOR and not case.is_known_to(actor.agency):
        raise NotFoundError(f"Case {case.case_id} not found")


def check_not_suspended(actor: Actor, case: CaseFacts) -> None:
    """While the person's use is suspended, only the request's handlers act."""
    if case.suspended_for is not None and actor.recorded_by not in case.suspended_for:
        raise UseSuspendedError(
            "the use of this person's data is suspended (利用停止中); "
            "only the staff handling the request may act on this case"
        )


def check_role(actor: Actor, action: Action) -> None:
    """The first half of `authorise`: may this role (and agency) ever do this?"""
    if actor.role not in ROLES.get(action, frozenset()):
        raise ForbiddenError(f"a {actor.role} may not {action.value}")
    if action in CASE_RIGHTS and not actor.agency_active:
        raise AgencyInactiveError(f"{actor.agency} is deactivated in the registry")


def _role_only(actor: Actor, _facts: Facts) -> Scope:
    return Scope(actor.agency, full=True)


def _own_agency(actor: Actor, facts: Facts) -> Scope:
    if facts.agency is None or facts.agency != actor.agency:
        raise NotYourAgencyError(f"{actor.agency} may act for itself only")
    return Scope(actor.agency, full=True)


def _read_case(actor: Actor, facts: Facts) -> Scope:
    case = _case(facts)
    if actor.agency == case.owner:
        return Scope(actor.agency, full=True)
    if actor.agency in case.shared:
        return Scope(actor.agency, full=False, categories=case.shared[actor.agency])
    raise ConsentRequiredError(
        f"no consent or accepted referral lets {actor.agency} read this case"
    )


def _manage_case(actor: Actor, facts: Facts) -> Scope:
    if actor.agency != _case(facts).owner:
        raise NotYourAgencyError("only the case's own agency may do this")
    return Scope(actor.agency, full=True)


def _work_on_case(actor: Actor, facts: Facts) -> Scope:
    case = _case(facts)
    if actor.agency != case.owner and actor.agency not in case.involved:
        raise NotYourAgencyError("only the case's agency or one it referred to")
    return Scope(actor.agency, full=actor.agency == case.owner)


def _read_history(actor: Actor, facts: Facts) -> Scope:
    if actor.role == Role.AUDITOR:
        return Scope(actor.agency, full=True)
    return _manage_case(actor, facts)  # a supervisor of the owning agency


def _run_meeting(actor: Actor, facts: Facts) -> Scope:
    if facts.meeting is None or actor.agency != facts.meeting.convened_by:
        raise NotYourAgencyError("only the convening agency runs the meeting")
    return Scope(actor.agency, full=True)


def _read_meeting(actor: Actor, facts: Facts) -> Scope:
    if actor.role == Role.AUDITOR:
        return Scope(actor.agency, full=True)
    if facts.meeting is None or actor.agency not in facts.meeting.agencies:
        raise NotYourAgencyError(f"{actor.agency} is not a member of this meeting")
    return Scope(actor.agency, full=True)


def _handle_rights(actor: Actor, facts: Facts) -> Scope:
    """The city's officer (admin) for anyone; a supervisor for their own people."""
    if facts.person_holders is None:
        raise ForbiddenError("no person is named")  # deny when facts are missing
    if actor.role != Role.ADMIN and actor.agency not in facts.person_holders:
        raise NotFoundError("Person not found")  # a stranger learns nothing (R11)
    return Scope(actor.agency, full=True)


def _view_indicators(actor: Actor, _facts: Facts) -> Scope:
    if actor.role == Role.COORDINATOR and actor.agency not in _CITY:
        raise NotYourAgencyError("only a city section's coordinator sees them")
    return Scope(actor.agency, full=True)


def _case(facts: Facts) -> CaseFacts:
    if facts.case is None:
        raise ForbiddenError("no case is named")  # deny when facts are missing
    return facts.case


_RULES: Mapping[Action, Callable[[Actor, Facts], Scope]] = {
    Action.REFER_ON_STATUTE: _manage_case,
    Action.TRANSFER_CASE: _manage_case,
    Action.ASSIGN_WORKER: _manage_case,
    Action.OPEN_CASE: _own_agency,
    Action.RECORD_CONSULTATION: _own_agency,
    Action.READ_CASE: _read_case,
    Action.MANAGE_CASE: _manage_case,
    Action.WORK_ON_CASE: _work_on_case,
    Action.READ_HISTORY: _read_history,
    Action.RUN_MEETING: _run_meeting,
    Action.READ_MEETING: _read_meeting,
    Action.HANDLE_RIGHTS: _handle_rights,
    Action.DISCLOSE_COPY: _handle_rights,
    Action.READ_HOUSEHOLD: read_household,
    Action.MANAGE_HOUSEHOLD: manage_household,
    Action.VIEW_INDICATORS: _view_indicators,
}
