"""`jusou person erase | approve-erasure | refuse-erasure | requests`."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner, Result

from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from interfaces.config import Settings
from tests.application.given import given_opened_case

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}


def with_ledger(env: dict[str, str]) -> CaseLedger:
    return Settings.from_environ(env).build_ledger()


def given_people(env: dict[str, str]) -> dict[str, str]:
    """A person with a case, a supervisor and two admins: their ids."""
    ledger = with_ledger(env)
    try:
        ids = {
            "person": str(given_opened_case(ledger).person_id),
            **{
                who: str(ledger.add_user(who, "fukushi_ka", role)[0])
                for who, role in (
                    ("supervisor", "supervisor"),
                    ("admin", "admin"),
                    ("second_admin", "admin"),
                    ("caseworker", "caseworker"),
                )
            },
        }
    finally:
        ledger.close()
    return ids


def jusou(env: dict[str, str], *args: str) -> Result:
    return runner.invoke(app, list(args), env=env)


def given_request(env: dict[str, str], ids: dict[str, str], by: str) -> str:
    result = jusou(
        env, "person", "erase", ids["person"], "--reason", "本人からの消去請求",
        "--request-ref", "R8-消去-001", "--by", ids[by],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_erase_records_a_request_and_prints_its_id(env: dict[str, str]) -> None:
    ids = given_people(env)

    request_id = given_request(env, ids, "supervisor")

    ledger = with_ledger(env)
    (request,) = ledger.erasure_requests(UUID(ids["person"]))
    assert str(request.request_id) == request_id
    assert request.requested_by == ids["supervisor"]
    assert not ledger.get_person(UUID(ids["person"])).identity.name.erased
    ledger.close()


def approve(
    env: dict[str, str], ids: dict[str, str], request_id: str, by: str
) -> Result:
    """`jusou person approve-erasure` as the user `by` names."""
    command = ("person", "approve-erasure", ids["person"], request_id)
    return jusou(env, *command, "--by", ids[by])


def test_another_admin_approves_and_the_person_is_erased(env: dict[str, str]) -> None:
    ids = given_people(env)
    request_id = given_request(env, ids, "supervisor")

    result = approve(env, ids, request_id, by="admin")

    ledger = with_ledger(env)
    assert result.exit_code == 0, result.output
    assert "消去済み" in result.stderr
    assert ledger.get_person(UUID(ids["person"])).identity.name.erased
    ledger.close()


def test_the_requester_cannot_approve_their_own_request(env: dict[str, str]) -> None:
    ids = given_people(env)
    request_id = given_request(env, ids, "admin")

    result = approve(env, ids, request_id, by="admin")

    assert result.exit_code == 1
    assert "requester" in result.stderr


def test_a_caseworker_cannot_request_an_erasure(env: dict[str, str]) -> None:
    ids = given_people(env)

    result = jusou(
        env, "person", "erase", ids["person"], "--reason", "請求",
        "--request-ref", "R-1", "--by", ids["caseworker"],
    )  # fmt: skip

    assert result.exit_code == 1
    assert "may not request_erasure" in result.stderr


def test_a_refusal_is_listed_with_its_answer(env: dict[str, str]) -> None:
    ids = given_people(env)
    request_id = given_request(env, ids, "supervisor")
    refused = jusou(
        env, "person", "refuse-erasure", ids["person"], request_id,
        "--reason", "保存義務のある記録", "--by", ids["second_admin"],
    )  # fmt: skip

    listed = jusou(env, "person", "requests", ids["person"])

    assert refused.exit_code == 0, refused.output
    assert "不承認" in listed.stdout
    assert "R8-消去-001" in listed.stdout


def test_an_unknown_user_is_refused(env: dict[str, str]) -> None:
    ids = given_people(env)

    result = jusou(
        env, "person", "erase", ids["person"], "--reason", "請求",
        "--request-ref", "R-1", "--by", ids["person"],
    )  # fmt: skip

    assert result.exit_code == 1
    assert "not an active user" in result.stderr
