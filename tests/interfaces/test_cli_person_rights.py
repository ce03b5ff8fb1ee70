"""`jusou person export | request | correct | note | suspend | lift | refuse`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.application.given import NAME
from tests.application.people.given_rights import (
    OTHER_NAME,
    OTHER_SUMMARY,
    given_two_people_at_one_meeting,
)
from tests.interfaces.test_cli_person import jusou, with_ledger


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}


def given_two_people(env: dict[str, str]) -> dict[str, str]:
    """花子 and 次郎 disclosed at one meeting, an admin and 花子's case holder."""
    ledger = with_ledger(env)
    try:
        hanako, jiro = given_two_people_at_one_meeting(ledger)
        ids = {
            "person": str(hanako.person_id),
            "case": str(hanako.case_id),
            "other_case": str(jiro.case_id),
            "admin": str(ledger.add_user("窓口", "fukushi_ka", "admin")[0]),
            "holder": str(ledger.add_user("所長", "chuo_houkatsu", "supervisor")[0]),
            "worker": str(ledger.add_user("相談員", "chuo_houkatsu", "caseworker")[0]),
        }
    finally:
        ledger.close()
    return ids


def test_export_writes_the_json_copy_and_records_the_answer(
    env: dict[str, str], tmp_path: Path
) -> None:
    ids = given_two_people(env)
    out = tmp_path / "copy.json"

    result = jusou(
        env, "person", "export", ids["person"], "--request", "R8-開示-001",
        "--format", "json", "--output", str(out), "--by", ids["admin"],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    copy = json.loads(out.read_text())
    assert copy["person"]["identity"]["name"] == NAME
    (request,) = copy["person"]["rights_requests"]
    assert (request["request_ref"], request["status"]) == ("R8-開示-001", "disclosed")
    text = out.read_text()
    assert OTHER_NAME not in text
    assert OTHER_SUMMARY not in text
    assert ids["other_case"] not in text


def test_export_writes_an_a4_pdf_without_anyone_elses_name(
    env: dict[str, str], tmp_path: Path
) -> None:
    ids = given_two_people(env)
    out = tmp_path / "copy.pdf"

    result = jusou(
        env, "person", "export", ids["person"], "--request", "R8-開示-001",
        "--output", str(out), "--by", ids["admin"],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in reader.pages))
    assert re.sub(r"\s", "", NAME) in text
    assert re.sub(r"\s", "", OTHER_NAME) not in text
    assert {
        (round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages
    } == {(595, 842)}


def test_export_by_a_supervisor_is_refused(env: dict[str, str], tmp_path: Path) -> None:
    ids = given_two_people(env)

    result = jusou(
        env, "person", "export", ids["person"], "--request", "R8-開示-001",
        "--output", str(tmp_path / "x.pdf"), "--by", ids["holder"],
    )  # fmt: skip

    assert result.exit_code == 1
    assert not (tmp_path / "x.pdf").exists()
