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

from application.access.actions import CASE_RIGHTS, ROLES, Action
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


_CITY = frozenset(section.code for section in CITY_SECTIONS)


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
