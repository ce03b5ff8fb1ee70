"""Signing in to the pages with a token, the session cookie, signing out."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from interfaces.http.pages.viewer import COOKIE
from tests.interfaces.given_api import TODAY
from tests.interfaces.pages.given_pages import ORIGIN, Pages, form_token, sign_in

REPORTER = "reporter@fukushi_ka"
CHIEF = "supervisor@chuo_houkatsu"


def test_a_valid_token_opens_a_session_with_a_strict_http_only_cookie(
    pages: Pages,
) -> None:
    client = pages.client()

    answer = sign_in(client, pages.token(REPORTER))

    cookie = answer.headers["set-cookie"]
    assert answer.status_code == 303
    assert answer.headers["location"] == "/ui/"
    assert "jusou_session=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Max-Age=28800" in cookie
    assert "Secure" not in cookie  # served over plain HTTP here


def test_over_tls_the_cookie_is_secure(pages: Pages) -> None:
    client = TestClient(
        pages.app,  # type: ignore[arg-type]
        base_url="https://testserver",
        follow_redirects=False,
    )
    form = client.get("/ui/signin")
    body = {"token": pages.token(REPORTER), "csrf": form_token(form), "next": "/ui/"}

    answer = client.post(
        "/ui/signin", data=body, headers={"Origin": "https://testserver"}
    )

    assert answer.status_code == 303
    assert "Secure" in answer.headers["set-cookie"]


def test_a_wrong_token_is_refused_on_the_form_and_opens_nothing(
    pages: Pages,
) -> None:
    client = pages.client()

    answer = sign_in(client, "not-a-token")

    assert answer.status_code == 401
    assert "トークンが正しくない" in answer.text
    assert COOKIE not in client.cookies


def test_a_form_posted_from_another_site_is_refused(pages: Pages) -> None:
    client = pages.client()
    form = client.get("/ui/signin")
    body = {"token": pages.token(REPORTER), "csrf": form_token(form)}

    answer = client.post(
        "/ui/signin", data=body, headers={"Origin": "https://evil.example"}
    )

    assert answer.status_code == 403
    assert "cross_site_form" in answer.text
    assert COOKIE not in client.cookies


def test_a_form_without_its_token_is_refused(pages: Pages) -> None:
    client = pages.client()  # never loaded the form: no form cookie
    body = {"token": pages.token(REPORTER), "csrf": "guessed"}

    answer = client.post("/ui/signin", data=body, headers={"Origin": ORIGIN})

    assert answer.status_code == 403
    assert COOKIE not in client.cookies


def test_every_page_names_the_user_their_agency_and_role(pages: Pages) -> None:
    client = pages.browser(CHIEF)

    page = client.get("/ui/indicators")

    assert page.status_code == 200
    assert 'class="user-name">supervisor@chuo_houkatsu<' in page.text
    assert 'class="user-agency">中央地域包括支援センター<' in page.text
    assert 'class="user-role">管理者（センター長等）<' in page.text


def test_without_a_session_a_page_sends_the_browser_to_sign_in(
    pages: Pages,
) -> None:
    answer = pages.client().get("/ui/indicators?fiscal_year=2026")

    assert answer.status_code == 303
    assert answer.headers["location"] == (
        "/ui/signin?next=%2Fui%2Findicators%3Ffiscal_year%3D2026"
    )


def test_sign_in_returns_to_the_page_asked_for_and_never_to_another_host(
    pages: Pages,
) -> None:
    token = pages.token(REPORTER)

    back = sign_in(pages.client(), token, "/ui/indicators")
    away = sign_in(pages.client(), token, "//evil.example/ui/")

    assert back.headers["location"] == "/ui/indicators"
    assert away.headers["location"] == "/ui/"


def test_signing_out_ends_the_session_even_for_a_kept_cookie(
    pages: Pages,
) -> None:
    client = pages.browser(REPORTER)
    kept = client.cookies[COOKIE]
    csrf = form_token(client.get("/ui/indicators"))

    out = client.post("/ui/signout", data={"csrf": csrf}, headers={"Origin": ORIGIN})

    replay = pages.client()
    replay.cookies.set(COOKIE, kept)
    assert out.status_code == 303
    assert out.headers["location"] == "/ui/signin?signed_out=true"
    assert replay.get("/ui/indicators").status_code == 303  # to sign in again


def test_sign_out_needs_the_sessions_form_token(pages: Pages) -> None:
    client = pages.browser(REPORTER)

    out = client.post("/ui/signout", data={"csrf": "x"}, headers={"Origin": ORIGIN})

    assert out.status_code == 403
    assert client.get("/ui/indicators").status_code == 200  # still signed in


def test_a_session_expires_after_a_working_day(pages: Pages) -> None:
    client = pages.browser(REPORTER)
    pages.clock.set(TODAY + timedelta(days=1))

    answer = client.get("/ui/indicators")

    pages.clock.set(TODAY)
    assert answer.status_code == 303


def test_a_deactivated_user_loses_the_session_at_once(pages: Pages) -> None:
    client = pages.browser("reporter@kodomo_shien_ka")
    user = pages.ledger.authenticate(pages.token("reporter@kodomo_shien_ka"))
    pages.ledger.deactivate_user(user.user_id, "異動")

    answer = client.get("/ui/indicators")

    assert answer.status_code == 303
