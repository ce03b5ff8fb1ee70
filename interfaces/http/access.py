"""The access policy as FastAPI dependencies: every /v1 route declares one.

Each dependency authenticates the caller (`Caller`) and asks
`application/access/policy.py` whether this action is allowed on this resource;
a refusal is a 403 problem from the one error table. A route's dependency
carries its `Action` (`policy_action`), so a test can check that no route
was written without one (deny by default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends

from application.access.actor import Actor
from application.access.policy import Action, authorise, check_role
from interfaces.http.auth import Caller
from interfaces.http.deps import Ledger


def marked(action: Action, check: Callable[..., Actor]) -> Callable[..., Actor]:
    """Label a dependency with the action it authorises."""
    check.policy_action = action  # type: ignore[attr-defined]
    return check


def allowed(action: Action) -> Any:
    """Role-only actions (registry, meetings convened, audit, users, reports)."""

    def check(caller: Caller) -> Actor:
        authorise(caller, action)
        return caller

    return Depends(marked(action, check))


def may(action: Action) -> Any:
    """A role check before a query that authorises on the facts itself."""

    def check(caller: Caller) -> Actor:
        check_role(caller, action)
        return caller

    return Depends(marked(action, check))


def on_case(action: Action) -> Any:
    """An action on the case named in the path, judged on its stored facts."""

    def check(case_id: UUID, caller: Caller, ledger: Ledger) -> Actor:
        ledger.authorise_case(caller, action, case_id)
        return caller

    return Depends(marked(action, check))


def on_meeting(action: Action) -> Any:
    """An action on the meeting named in the path."""

    def check(meeting_id: UUID, caller: Caller, ledger: Ledger) -> Actor:
        ledger.authorise_meeting(caller, action, meeting_id)
        return caller

    return Depends(marked(action, check))


ManageCase = Annotated[Actor, on_case(Action.MANAGE_CASE)]
WorkOnCase = Annotated[Actor, on_case(Action.WORK_ON_CASE)]
MoveReferral = Annotated[Actor, on_case(Action.MOVE_REFERRAL)]
RunMeeting = Annotated[Actor, on_meeting(Action.RUN_MEETING)]
CorrectRecord = Annotated[Actor, on_case(Action.CORRECT_RECORD)]
DecideSupport = Annotated[Actor, allowed(Action.DECIDE_SUPPORT)]
TransferCase = Annotated[Actor, on_case(Action.TRANSFER_CASE)]
AssignWorker = Annotated[Actor, on_case(Action.ASSIGN_WORKER)]
