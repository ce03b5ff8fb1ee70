"""The checkpoint signing key is configured exactly like the master key."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from interfaces.config import ConfigError, Settings

MASTER = base64.b64encode(os.urandom(32)).decode()
SIGNING = base64.b64encode(os.urandom(32)).decode()


def test_the_sqlite_default_generates_a_development_signing_key_beside_the_db(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/db/jusou.db"

    settings = Settings.from_environ({"JUSOU_DATABASE_URL": url})

    key_file = tmp_path / "db" / "signing.key"
    assert settings.signing_key_source == f"development key {key_file}"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert settings.signer() is not None
    again = Settings.from_environ({"JUSOU_DATABASE_URL": url})
    assert again.signing_key == settings.signing_key


def test_postgresql_without_a_signing_key_is_refused() -> None:
    environ = {"JUSOU_DATABASE_URL": "postgresql://u@h/db", "JUSOU_MASTER_KEY": MASTER}

    with pytest.raises(ConfigError, match="JUSOU_SIGNING_KEY"):
        Settings.from_environ(environ)


def test_a_signing_key_from_the_environment_or_a_file_is_used(tmp_path: Path) -> None:
    key_file = tmp_path / "signing.key"
    key_file.write_text(SIGNING + "\n")
    base = {"JUSOU_DATABASE_URL": "postgresql://u@h/db", "JUSOU_MASTER_KEY": MASTER}

    from_env = Settings.from_environ({**base, "JUSOU_SIGNING_KEY": SIGNING})
    from_file = Settings.from_environ({**base, "JUSOU_SIGNING_KEY_FILE": str(key_file)})

    assert from_env.signing_key == from_file.signing_key == base64.b64decode(SIGNING)
    assert (from_env.signing_key_source, from_file.signing_key_source) == (
        "env",
        "file",
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [("not base64!", "base64"), (base64.b64encode(b"short").decode(), "32 bytes")],
    ids=["not-base64", "short"],
)
def test_a_signing_key_that_cannot_work_is_refused(value: str, message: str) -> None:
    environ = {"JUSOU_MASTER_KEY": MASTER, "JUSOU_SIGNING_KEY": value}

    with pytest.raises(ConfigError, match=message):
        Settings.from_environ(environ)


def test_settings_made_without_a_signing_key_have_no_signer() -> None:
    settings = Settings(master_key=os.urandom(32), master_key_source="test")

    assert settings.signer() is None


def test_the_checkpoint_interval_is_configurable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/jusou.db"

    settings = Settings.from_environ(
        {"JUSOU_DATABASE_URL": url, "JUSOU_CHECKPOINT_SECONDS": "5"}
    )

    assert settings.checkpoint_seconds == 5.0
