"""Sign-in with a token (as `jusou users add` prints it), sign-out, the home page.

The token is checked by the ledger exactly as a bearer token is, then
exchanged for a session (`sessions.py`): its cookie is HttpOnly,
SameSite=Strict, Secure when the page came over TLS, and expires with the
session. Both forms are protected against cross-site posting three ways:
SameSite=Strict, the Origin (or Referer) must be this service's, and a form
token must match (the sign-in form's own cookie; the session's for sign-out).
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from application.access.actor import Actor
from application.access.policy import Action
from application.access.users import token_id
from application.errors import AuthenticationError, ForbiddenError
from interfaces.http.deps import Ledger
from interfaces.http.pages.render import NAVIGATION, page
from interfaces.http.pages.route import PageRoute
from interfaces.http.pages.sessions import LASTS
from interfaces.http.pages.viewer import COOKIE, SignedIn, store_of

router = APIRouter(prefix="/ui", route_class=PageRoute, include_in_schema=False)
FORM_COOKIE = "jusou_signin"
FORM_SECONDS = 1800
FIRST_PAGES = (Action.VIEW_INDICATORS, Action.READ_CASELOADS, Action.READ_AUDIT_TRAIL)


class CrossSiteFormError(ForbiddenError):
    """The form was not sent from this service's own page (他サイトからの送信)."""


def _tls(request: Request) -> bool:
    return request.url.scheme == "https"


def check_origin(request: Request) -> None:
    """The page that posted is ours: Origin, else Referer, names this service."""
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    referer = request.headers.get("referer")
    if origin is not None and origin != own:
        raise CrossSiteFormError("the form came from another site")
    if origin is None and referer is not None and not referer.startswith(own + "/"):
        raise CrossSiteFormError("the form came from another site")


def check_form_token(expected: str, sent: str) -> None:
    if not expected or not secrets.compare_digest(expected, sent):
        raise CrossSiteFormError("the form's token does not match: reload the page")


def _next(target: str) -> str:
    """Only a page of ours: never another host (an open redirect)."""
    ok = target.startswith("/ui/") and not target.startswith("//")
    return target if ok and "\\" not in target else "/ui/"


@router.get("/signin")
def sign_in_form(
    request: Request, next: str = "/ui/", signed_out: bool = False
) -> Response:
    csrf = secrets.token_urlsafe(24)
    response = page(
        request,
        "signin.html",
        "サインイン",
        csrf=csrf,
        next=_next(next),
        signed_out=signed_out,
    )
    response.set_cookie(
        FORM_COOKIE,
        csrf,
        max_age=FORM_SECONDS,
        path="/ui/signin",
        httponly=True,
        samesite="strict",
        secure=_tls(request),
    )
    return response


def _actor(ledger: Ledger, token: str) -> Actor | None:
    try:
        return ledger.authenticate(token)
    except AuthenticationError:
        return None


@router.post("/signin")
def sign_in(
    request: Request,
    ledger: Ledger,
    token: Annotated[str, Form(max_length=200)],
    csrf: Annotated[str, Form(max_length=100)],
    next: Annotated[str, Form(max_length=500)] = "/ui/",
) -> Response:
    check_origin(request)
    check_form_token(request.cookies.get(FORM_COOKIE, ""), csrf)
    if _actor(ledger, token.strip()) is None:
        return page(
            request,
            "signin.html",
            "サインイン",
            answer=401,
            csrf=csrf,
            next=_next(next),
            failed=True,
        )
    session_id, _ = store_of(request).open(token_id(token.strip()))
    response = RedirectResponse(_next(next), 303)
    response.set_cookie(
        COOKIE,
        session_id,
        max_age=int(LASTS.total_seconds()),
        path="/ui",
        httponly=True,
        samesite="strict",
        secure=_tls(request),
    )
    response.delete_cookie(FORM_COOKIE, path="/ui/signin")
    return response


@router.post("/signout")
def sign_out(
    request: Request, viewer: SignedIn, csrf: Annotated[str, Form(max_length=100)]
) -> Response:
    check_origin(request)
    check_form_token(viewer.session.csrf, csrf)
    store_of(request).close(request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/ui/signin?signed_out=true", 303)
    response.delete_cookie(COOKIE, path="/ui", httponly=True, samesite="strict")
    return response


@router.get("/")
def home(request: Request, viewer: SignedIn) -> Response:
    """The first page the role may see; else a page saying where the work is."""
    for link in NAVIGATION:
        if link.action in FIRST_PAGES and viewer.may(link.action):
            return RedirectResponse(link.href, 303)
    return page(request, "home.html", "ようこそ")
