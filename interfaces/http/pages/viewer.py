"""Who is looking at a page: the session's user, authenticated as the API does.

`SignedIn` finds the session of the cookie and authenticates its token's id
through the ledger (`authenticate_issued`: the bearer path's own checks);
`may_see(action)` then asks the one access policy, for pages whose rule
needs no case. Without a session, a page answers with the sign-in form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request

from application.access.actor import Actor
from application.access.policy import ROLES, Action, authorise
from application.errors import AuthenticationError
from domain.user import Role
from interfaces.http.deps import Ledger
from interfaces.http.observe import CALLER
from interfaces.http.pages.sessions import Session, SessionStore
from interfaces.labels import agency_ja

COOKIE = "jusou_session"
VIEWER = "ui_viewer"  # the request state's key: the refusal page names them too
ROLE_LABELS_JA = {
    Role.CASEWORKER: "相談支援員",
    Role.SUPERVISOR: "管理者（センター長等）",
    Role.COORDINATOR: "会議調整",
    Role.AUDITOR: "監査",
    Role.REPORTER: "集計・報告",
    Role.ADMIN: "システム管理",
}


def role_ja(role: str) -> str:
    return ROLE_LABELS_JA.get(Role(role), role) if role in set(Role) else role


class SignInRequiredError(AuthenticationError):
    """No open session: the page asks the person to sign in (サインインが必要です)."""


@dataclass(frozen=True)
class Viewer:
    """The signed-in user, shown on every page: name, agency and role."""

    actor: Actor
    name: str
    session: Session

    @property
    def agency_ja(self) -> str:
        return agency_ja(self.actor.agency)

    @property
    def role_ja(self) -> str:
        return role_ja(self.actor.role)

    def may(self, action: Action) -> bool:
        """Whether the role may ever do this (the navigation shows only those)."""
        return self.actor.role in ROLES.get(action, frozenset())


def store_of(request: Request) -> SessionStore:
    store: SessionStore = request.app.state.ui_sessions
    return store


def signed_in(request: Request, ledger: Ledger) -> Viewer:
    session_id = request.cookies.get(COOKIE, "")
    session = store_of(request).find(session_id) if session_id else None
    if session is None:
        raise SignInRequiredError("sign in to see this page")
    actor = ledger.authenticate_issued(session.token_id)
    setattr(request.state, CALLER, actor)  # the request's log line names them
    viewer = Viewer(actor, ledger.user_name(actor.user_id), session)
    setattr(request.state, VIEWER, viewer)
    return viewer


SignedIn = Annotated[Viewer, Depends(signed_in)]


def may_see(action: Action) -> Any:
    """A page whose rule needs no case: the role (and agency) decide."""

    def check(viewer: SignedIn) -> Viewer:
        authorise(viewer.actor, action)
        return viewer

    check.policy_action = action  # type: ignore[attr-defined]
    return Depends(check)


def viewer_of(request: Request) -> Viewer | None:
    found = getattr(request.state, VIEWER, None)
    return found if isinstance(found, Viewer) else None
