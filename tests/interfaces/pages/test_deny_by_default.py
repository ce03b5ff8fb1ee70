"""No page under /ui/ shows anything without a session (deny by default)."""

from __future__ import annotations

import os
from uuid import uuid4

import pytest

from interfaces.config import Settings
from interfaces.http.main import create_app
from tests.interfaces.pages.given_pages import Pages
from tests.interfaces.test_api_deny_by_default import api_routes

OPEN = {("GET", "/ui/signin"), ("POST", "/ui/signin"), ("GET", "/ui")}


def page_routes() -> list[tuple[str, str]]:
    app = create_app(Settings("sqlite:///unused.db", os.urandom(32), "test"))
    found = []
    for route in api_routes(app.routes):
        if route.path.startswith("/ui"):
            found += [(method, route.path) for method in sorted(route.methods or ())]
    return [r for r in found if r not in OPEN]


def test_the_pages_are_found() -> None:
    assert len(page_routes()) >= 10


@pytest.mark.parametrize(("method", "path"), page_routes())
def test_a_page_without_a_session_sends_the_browser_to_sign_in(
    pages: Pages, method: str, path: str
) -> None:
    concrete = path.format(case_id=uuid4(), meeting_id=uuid4(), fiscal_year=2026)

    answer = pages.client().request(method, concrete, data={"csrf": "x"})

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/ui/signin?next=")
