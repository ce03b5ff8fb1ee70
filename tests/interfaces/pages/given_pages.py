"""A browser-like client of the /ui/ pages: signs in with a token as a person would."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import httpx
from fastapi.testclient import TestClient

from application.case_ledger import CaseLedger
from tests.interfaces.given_api import Api
from tests.support.clock import TestClock

ORIGIN = "http://testserver"  # TestClient's own
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Pages:
    """The app under test; `browser(who)` is a fresh client signed in as who."""

    app: object
    ledger: CaseLedger
    clock: TestClock
    api: Api  # the REST API of the same app, to record what the pages show
    signing_key: bytes = b""  # the service's: its checkpoints are trusted

    def token(self, who: str) -> str:
        """The same token the API's caller `who` (role@agency) uses."""
        self.api.headers(who)
        return self.api.tokens[who]

    def caught_up(self, name: str) -> None:
        """Wait (≤ 5 s) until the read model has read every event recorded."""
        head = self.ledger.recorder.max_notification_id() or 0
        models = self.app.state.read_models  # type: ignore[attr-defined]
        deadline = time.monotonic() + 5
        while models.position(name) < head and time.monotonic() < deadline:
            time.sleep(0.02)
        assert models.position(name) >= head, f"{name} did not catch up"

    def client(self) -> TestClient:
        return TestClient(self.app, follow_redirects=False)  # type: ignore[arg-type]

    def browser(self, who: str) -> TestClient:
        client = self.client()
        answer = sign_in(client, self.token(who))
        assert answer.status_code == 303, answer.text
        return client


def form_token(page: httpx.Response) -> str:
    found = CSRF.search(page.text)
    assert found is not None, "the page has no form token"
    return found.group(1)


def sign_in(client: TestClient, token: str, next_page: str = "/ui/") -> httpx.Response:
    form = client.get("/ui/signin")
    body = {"token": token, "csrf": form_token(form), "next": next_page}
    answer: httpx.Response = client.post(
        "/ui/signin", data=body, headers={"Origin": ORIGIN}
    )
    return answer
