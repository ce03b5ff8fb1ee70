"""The actions the policy judges, and which roles may take each (data).

`policy.py` adds the agency and basis rules; an action absent from `ROLES`,
or a role absent from its row, is refused there.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from domain.user import Role


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
