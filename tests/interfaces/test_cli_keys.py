"""`jusou keys rotate-master | status | purge | signing-history`, `audit verify`."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from uuid import UUID

import pytest
from typer.testing import CliRunner, Result

from interfaces.cli.main import app
from interfaces.config import Settings
from tests.application.given import given_opened_case

runner = CliRunner()


def b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A SQLite ledger with development keys beside it."""
    return {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/keys.db"}


def jusou(env: dict[str, str], *args: str) -> Result:
    return runner.invoke(app, list(args), env=env)


def given_people(env: dict[str, str], count: int) -> list[UUID]:
    ledger = Settings.from_environ(env).build_ledger()
    try:
        return [given_opened_case(ledger, f"鍵 {n}").person_id for n in range(count)]
    finally:
        ledger.close()


def names(env: dict[str, str], people: list[UUID]) -> list[str]:
    ledger = Settings.from_environ(env).build_ledger()
    try:
        return [ledger.get_person(p).identity.name.text for p in people]
    finally:
        ledger.close()


def test_rotate_master_rewraps_every_key_and_the_new_key_alone_reads(
    env: dict[str, str], tmp_path: Path
) -> None:
    people = given_people(env, 5)
    new = b64(os.urandom(32))
    rotating = {
        **env,
        "JUSOU_MASTER_KEY": new,
        "JUSOU_PREVIOUS_MASTER_KEY_FILE": str(tmp_path / "master.key"),
    }

    result = jusou(rotating, "keys", "rotate-master")

    after = {**env, "JUSOU_MASTER_KEY": new}
    status = jusou(after, "keys", "status")
    assert result.exit_code == 0, result.output
    # The five people's keys and the match index's own (docs/people.md).
    assert "re-wrapped 6 keys; 0 left" in result.stderr
    assert "7\tkeys wrapped by the master key" in status.stdout  # and the event key
    assert names(after, people) == [f"鍵 {n}" for n in range(5)]


def test_rotate_master_without_the_previous_key_is_refused(
    env: dict[str, str],
) -> None:
    given_people(env, 1)

    result = jusou(env, "keys", "rotate-master")

    assert result.exit_code == 2
    assert "JUSOU_PREVIOUS_MASTER_KEY" in result.stderr


def test_purge_clears_the_files(env: dict[str, str]) -> None:
    given_people(env, 1)

    result = jusou(env, "keys", "purge")

    assert result.exit_code == 0, result.output
    assert "cleared" in result.stderr


def test_verify_passes_across_a_signing_key_rotation_with_the_published_history(
    env: dict[str, str], tmp_path: Path
) -> None:
    given_people(env, 2)
    assert jusou(env, "audit", "checkpoint").exit_code == 0
    rotated = {**env, "JUSOU_SIGNING_KEY": b64(os.urandom(32))}
    given_people(rotated, 1)
    assert jusou(rotated, "audit", "checkpoint").exit_code == 0
    history = jusou(rotated, "keys", "signing-history")
    (tmp_path / "history.json").write_text(history.stdout, encoding="utf-8")

    verified = jusou(
        rotated, "audit", "verify", "--key-history", str(tmp_path / "history.json")
    )
    without = jusou(rotated, "audit", "verify")

    assert verified.exit_code == 0, verified.output
    assert "2 checkpoints verified" in verified.stdout
    assert without.exit_code == 1


def test_a_history_the_stored_checkpoints_contradict_is_refused(
    env: dict[str, str], tmp_path: Path
) -> None:
    given_people(env, 1)
    jusou(env, "audit", "checkpoint")
    other = {**env, "JUSOU_SIGNING_KEY": b64(os.urandom(32))}
    invented = jusou(other, "keys", "signing-history").stdout.replace(
        '"tree_size": ', '"tree_size": 1'
    )
    (tmp_path / "invented.json").write_text(invented, encoding="utf-8")

    result = jusou(
        other, "keys", "signing-history", "--previous", str(tmp_path / "invented.json")
    )

    assert result.exit_code == 1
    assert "disagree" in result.stderr
