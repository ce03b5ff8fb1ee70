"""Intakes of people for the people tests: a kana name of their own each."""

from __future__ import annotations

import time
from typing import Any
from uuid import uuid4

from tests.interfaces.given_api import Api, intake

WAIT_SECONDS = 5.0


def a_kana() -> str:
    """A katakana name no other test uses (the API is shared by a module)."""
    letters = "".join(chr(0x30A2 + int(c, 16)) for c in uuid4().hex[:8])
    return f"テスト {letters}"


def new_person(kana: str, agency: str = "chuo_houkatsu", **changes: Any) -> Any:
    """An intake body of someone new, checked for duplicates."""
    body = intake(agency)
    body["person"] = {**body["person"], "name_kana": kana}
    body["confirm_new_person"] = False
    return {**body, **changes}


def held_person(person_id: str, agency: str = "chuo_houkatsu") -> Any:
    body = intake(agency)
    del body["person"], body["confirm_new_person"]
    return {**body, "person_id": person_id}


def settled(api: Api) -> None:
    """Wait until the caseloads read model has read every event recorded."""
    head = api.ledger.recorder.max_notification_id() or 0
    models = api.client.app.state.read_models  # type: ignore[attr-defined]
    deadline = time.monotonic() + WAIT_SECONDS
    while models.position("caseloads") < head and time.monotonic() < deadline:
        time.sleep(0.02)
