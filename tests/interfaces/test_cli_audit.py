"""`jusou audit checkpoint | verify | history` through typer's runner."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from typer.testing import CliRunner, Result

from application.case_ledger import CaseLedger
from interfaces.cli.main import app
from interfaces.config import Settings
from tests.application.given import given_opened_case
from tests.application.integrity.given import event_ids, given_cases, sql, state_of

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A SQLite ledger with a few cases; development keys beside it."""
    environ = {"JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/jusou.db"}
    with_ledger(environ, lambda ledger: given_cases(ledger, 2))
    return environ


def with_ledger(environ: dict[str, str], act: Any) -> Any:
    ledger: CaseLedger = Settings.from_environ(environ).build_ledger()
    try:
        return act(ledger)
    finally:
        ledger.close()


def jusou(environ: dict[str, str], *args: str) -> Result:
    return runner.invoke(app, list(args), env=environ)


def flip_a_byte(ledger: CaseLedger) -> int:
    target = event_ids(ledger)[5]
    state = bytearray(state_of(ledger, target))
    state[0] ^= 0xFF
    sql(ledger, "UPDATE {events} SET state = ? WHERE {id} = ?", (bytes(state), target))
    return target


def test_checkpoint_prints_a_signed_checkpoint_an_auditor_can_check(
    env: dict[str, str],
) -> None:
    result = jusou(env, "audit", "checkpoint")

    made = json.loads(result.stdout)
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(made["public_key"]))
    assert result.exit_code == 0
    key.verify(base64.b64decode(made["signature"]), made["body"].encode())
    assert made["tree_size"] == with_ledger(env, lambda led: len(event_ids(led)))


def test_verify_of_an_untouched_ledger_exits_zero(env: dict[str, str]) -> None:
    jusou(env, "audit", "checkpoint")

    result = jusou(env, "audit", "verify")

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("intact:")


def test_verify_of_a_tampered_ledger_exits_non_zero_naming_the_event(
    env: dict[str, str],
) -> None:
    jusou(env, "audit", "checkpoint")
    target = with_ledger(env, flip_a_byte)

    result = jusou(env, "audit", "verify")

    assert result.exit_code == 1
    assert f"TAMPERED: changed: notification {target}," in result.stdout


def test_verify_against_a_kept_checkpoint_catches_a_quiet_rollback(
    env: dict[str, str], tmp_path: Path
) -> None:
    kept = tmp_path / "kept.json"
    with_ledger(env, given_opened_case)
    kept.write_text(jusou(env, "audit", "checkpoint").stdout)
    last = with_ledger(env, lambda ledger: event_ids(ledger)[-1])
    with_ledger(
        env, lambda led: sql(led, "DELETE FROM {events} WHERE {id} = ?", (last,))
    )

    result = jusou(env, "audit", "verify", "--against", str(kept))

    assert result.exit_code == 1
    assert f"notification {last}" in result.stdout


def test_verify_under_another_public_key_exits_non_zero(env: dict[str, str]) -> None:
    jusou(env, "audit", "checkpoint")
    other = base64.b64encode(b"\x01" * 32).decode()

    result = jusou(env, "audit", "verify", "--public-key", other)

    assert result.exit_code == 1
    assert "signature" in result.stdout


def test_an_unreadable_kept_checkpoint_is_a_usage_error(
    env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "kept.json").write_text("{not json")

    result = jusou(env, "audit", "verify", "--against", str(tmp_path / "kept.json"))

    assert result.exit_code == 2


def test_history_prints_the_events_and_the_state_as_json(env: dict[str, str]) -> None:
    opened = with_ledger(env, given_opened_case)

    result = jusou(env, "audit", "history", str(opened.case_id))

    body = json.loads(result.stdout)
    assert result.exit_code == 0
    assert body["versions_contiguous"] is True
    assert [e["type"] for e in body["events"]] == ["Case.Opened"]
    assert body["state"]["summary"].startswith("長男(52)")


def test_history_before_the_case_existed_has_no_state(env: dict[str, str]) -> None:
    opened = with_ledger(env, given_opened_case)

    result = jusou(
        env, "audit", "history", str(opened.case_id), "--as-of", "2000-01-01T00:00"
    )

    body = json.loads(result.stdout)
    assert (body["events"], body["state"]) == ([], None)
    assert "nothing was recorded by 2000-01-01T00:00:00+09:00" in result.stderr


def test_history_of_an_unknown_case_is_refused(env: dict[str, str]) -> None:
    result = jusou(env, "audit", "history", "00000000-0000-4000-8000-000000000000")

    assert result.exit_code == 1
