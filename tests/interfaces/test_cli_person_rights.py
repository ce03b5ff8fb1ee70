"""`jusou person export | request | correct | note | suspend | lift | refuse`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from uuid import UUID

import pytest
from pypdf import PdfReader
from typer.testing import Result

from application.access.actor import Actor
from domain.errors import UseSuspendedError
from interfaces.cli.main import app
from tests.application.given import NAME
from tests.application.people.given_rights import (
    OTHER_NAME,
    OTHER_SUMMARY,
    given_two_people_at_one_meeting,
)
from tests.interfaces.test_cli_person import jusou, runner, with_ledger


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}


def typed(env: dict[str, str], stdin: str, *args: str) -> Result:
    """`jusou ARGS` with `stdin` typed in (personal values never in options)."""
    return runner.invoke(app, list(args), input=stdin, env=env)


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


def given_request(env: dict[str, str], ids: dict[str, str], kind: str, by: str) -> str:
    result = jusou(
        env, "person", "request", ids["person"], "--kind", kind,
        "--request-ref", f"R8-{kind}-001", "--by", ids[by],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def correct(
    env: dict[str, str], ids: dict[str, str], request_id: str, fields: object, by: str
) -> Result:
    """`jusou person correct`, the identity's fields read from standard input."""
    command = ["person", "correct", ids["person"], request_id, "--identity", "-"]
    return runner.invoke(
        app, [*command, "--by", ids[by]], input=json.dumps(fields), env=env
    )


def test_correct_changes_only_the_fields_given_and_history_shows_both(
    env: dict[str, str],
) -> None:
    ids = given_two_people(env)
    request_id = given_request(env, ids, "correction", "holder")

    result = correct(
        env, ids, request_id, {"address": "大田原市新町2丁目"}, by="holder"
    )

    assert result.exit_code == 0, result.output
    history = jusou(env, "audit", "history", ids["case"])
    addresses = [
        e["data"]["identity"]["address"]
        for e in json.loads(history.stdout)["person_events"]
        if "identity" in e["data"]
    ]
    assert addresses == ["大田原市本町1丁目", "大田原市新町2丁目"]
    listed = jusou(env, "person", "rights", ids["person"], "--by", ids["admin"])
    assert "訂正済み" in listed.stdout


def test_note_adds_a_correction_note_beside_the_summary(env: dict[str, str]) -> None:
    ids = given_two_people(env)
    request_id = given_request(env, ids, "correction", "admin")

    result = runner.invoke(
        app,
        [
            "person",
            "note",
            ids["case"],
            request_id,
            "--record",
            "summary",
            "--record-id",
            ids["case"],
            "--note",
            "-",
            "--by",
            ids["admin"],
        ],
        input="長男は49歳\n",
        env=env,
    )

    assert result.exit_code == 0, result.output
    ledger = with_ledger(env)
    case = ledger.get_case(UUID(ids["case"]))
    (note,) = case.correction_notes.values()
    assert (str(note.note_id), note.note.text) == (result.stdout.strip(), "長男は49歳")
    ledger.close()


def test_suspend_refuses_readers_until_lift(env: dict[str, str]) -> None:
    ids = given_two_people(env)
    request_id = given_request(env, ids, "suspension", "holder")
    suspended = jusou(
        env, "person", "suspend", ids["person"], request_id, "--by", ids["holder"]
    )
    ledger = with_ledger(env)
    worker = Actor(UUID(ids["worker"]), "chuo_houkatsu", "caseworker")
    with pytest.raises(UseSuspendedError):
        ledger.read_case(worker, UUID(ids["case"]), "case_work")
    ledger.close()

    lifted = jusou(
        env, "person", "lift", ids["person"], "--reason", "理由が解消",
        "--by", ids["holder"],
    )  # fmt: skip

    assert (suspended.exit_code, lifted.exit_code) == (0, 0)
    ledger = with_ledger(env)
    assert ledger.read_case(worker, UUID(ids["case"]), "case_work").case_id
    ledger.close()


def test_refuse_answers_the_request_with_its_reason(env: dict[str, str]) -> None:
    ids = given_two_people(env)
    request_id = given_request(env, ids, "suspension", "admin")

    result = jusou(
        env, "person", "refuse", ids["person"], request_id,
        "--reason", "要件に該当しない", "--by", ids["admin"],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    listed = jusou(env, "person", "rights", ids["person"], "--by", ids["admin"])
    assert "不開示・不訂正・不停止" in listed.stdout


def test_a_caseworker_cannot_record_a_request(env: dict[str, str]) -> None:
    ids = given_two_people(env)

    result = jusou(
        env, "person", "request", ids["person"], "--kind", "disclosure",
        "--request-ref", "R8-1", "--by", ids["worker"],
    )  # fmt: skip

    assert result.exit_code == 1


def test_a_correction_naming_an_unknown_field_is_refused(env: dict[str, str]) -> None:
    ids = given_two_people(env)
    request_id = given_request(env, ids, "correction", "admin")

    result = correct(env, ids, request_id, {"nickname": "はな"}, by="admin")

    assert result.exit_code == 1
    ledger = with_ledger(env)
    assert ledger.get_person(UUID(ids["person"])).identity.name.text == NAME
    ledger.close()
