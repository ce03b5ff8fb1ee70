"""One JSON line per request, with what an operator needs and nothing personal."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from interfaces import logs
from tests.interfaces.given_api import intake
from tests.interfaces.given_app import bearer, given_service


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The service's log output, as `jusou serve` writes it (JSON)."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    stream = io.StringIO()
    logs.configure("json", "info", stream)
    yield stream
    root.handlers, root.level = handlers, level


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def requests(stream: io.StringIO) -> list[dict[str, Any]]:
    return [line for line in lines(stream) if line["event"] == "request"]


def given_a_case_read_with_a_token_in_the_query(
    tmp_path: Path, token_in_query: bool = True
) -> tuple[str, str]:
    """A case read, its token also in the query (refused 422: never logged)."""
    with given_service(tmp_path) as client:
        headers = bearer(client, "chuo_houkatsu", "caseworker")
        case_id = client.post("/v1/cases", json=intake(), headers=headers).json()
        token = headers["Authorization"].removeprefix("Bearer ")
        client.get(
            f"/v1/cases/{case_id['case_id']}",
            params={"purpose": "case_work"}
            | ({"access_token": token} if token_in_query else {}),
            headers={**headers, "X-Request-ID": "req-0001-abcd"},
        )
    return token, case_id["case_id"]


def test_a_request_line_has_time_id_caller_route_status_and_latency(
    tmp_path: Path, captured: io.StringIO
) -> None:
    given_a_case_read_with_a_token_in_the_query(tmp_path, token_in_query=False)

    line = next(r for r in requests(captured) if r["request_id"] == "req-0001-abcd")
    assert line["route"] == "/v1/cases/{case_id}"
    assert (line["method"], line["status"]) == ("GET", 200)
    assert (line["agency"], len(line["user_id"])) == ("chuo_houkatsu", 36)
    assert isinstance(line["latency_ms"], float)
    assert line["query"] == "redacted"
    moment = datetime.fromisoformat(line["time"])
    assert moment.utcoffset() == timedelta(hours=9)


def test_no_token_query_path_id_or_personal_data_is_logged(
    tmp_path: Path, captured: io.StringIO
) -> None:
    token, case_id = given_a_case_read_with_a_token_in_the_query(tmp_path)

    text = captured.getvalue()
    assert requests(captured)
    assert token not in text
    assert "access_token" not in text
    assert case_id not in text
    assert "大田原" not in text


def test_a_request_id_is_returned_and_a_malformed_one_replaced(
    tmp_path: Path, captured: io.StringIO
) -> None:
    with given_service(tmp_path) as client:
        kept = client.get("/healthz", headers={"X-Request-ID": "abc-12345678"})
        replaced = client.get("/healthz", headers={"X-Request-ID": "a b\n{}"})

    assert kept.headers["x-request-id"] == "abc-12345678"
    made = replaced.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f-]{36}", made)
    assert {r["request_id"] for r in requests(captured)} >= {"abc-12345678", made}


def test_an_unauthenticated_line_names_no_caller(
    tmp_path: Path, captured: io.StringIO
) -> None:
    with given_service(tmp_path) as client:
        client.get("/v1/agencies")

    line = next(r for r in requests(captured) if r["route"] == "/v1/agencies")
    assert (line["status"], line["user_id"], line["agency"]) == (401, None, None)


def test_an_exception_is_logged_by_class_and_stack_never_its_message(
    captured: io.StringIO,
) -> None:
    quoted = "大" + "田原 花子"  # made at run time: the stack shows source lines
    try:
        int(quoted)
    except ValueError:
        logging.getLogger("jusou.test").exception("failed")

    line = next(r for r in lines(captured) if r["event"] == "failed")
    assert line["error"] == "ValueError"
    assert "test_request_logs.py" in line["stack"]
    assert "大田原" not in captured.getvalue()
