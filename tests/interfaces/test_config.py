"""Settings read from the environment, and refusals of settings that cannot work."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from interfaces.config import ConfigError, Settings, storage_env

KEY = base64.b64encode(os.urandom(32)).decode()


@pytest.fixture(autouse=True)
def in_a_temporary_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Development keys are made beside the default SQLite file: keep them out."""
    monkeypatch.chdir(tmp_path)


def test_the_default_is_sqlite_under_var_with_a_generated_development_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    settings = Settings.from_environ({})

    key_file = tmp_path / "var" / "master.key"
    assert settings.database_url == "sqlite:///var/jusou.db"
    assert storage_env(settings.database_url)["SQLITE_DBNAME"] == "var/jusou.db"
    assert settings.master_key_source.startswith("development key")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert Settings.from_environ({}).master_key == settings.master_key  # kept


def test_postgresql_without_a_real_master_key_is_refused() -> None:
    with pytest.raises(ConfigError, match="JUSOU_MASTER_KEY"):
        Settings.from_environ({"JUSOU_DATABASE_URL": "postgresql://u@h/db"})


def test_a_postgresql_url_becomes_the_librarys_settings() -> None:
    env = storage_env("postgresql://alice:s%40cret@db.example:6543/ledger?schema=oh")

    assert env["PERSISTENCE_MODULE"] == "eventsourcing.postgres"
    assert (env["POSTGRES_USER"], env["POSTGRES_PASSWORD"]) == ("alice", "s@cret")
    assert (env["POSTGRES_HOST"], env["POSTGRES_PORT"]) == ("db.example", "6543")
    assert (env["POSTGRES_DBNAME"], env["POSTGRES_SCHEMA"]) == ("ledger", "oh")


def test_an_absolute_sqlite_path_keeps_its_leading_slash() -> None:
    env = storage_env("sqlite:////srv/jusou/ledger.db")

    assert env["SQLITE_DBNAME"] == "/srv/jusou/ledger.db"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"JUSOU_MASTER_KEY": "not base64!"}, "base64"),
        ({"JUSOU_MASTER_KEY": base64.b64encode(b"short").decode()}, "32 bytes"),
        ({"JUSOU_MASTER_KEY": KEY, "JUSOU_PORT": "eighty"}, "JUSOU_PORT"),
        ({"JUSOU_MASTER_KEY": KEY, "JUSOU_DATABASE_URL": "mysql://x"}, "sqlite"),
    ],
    ids=["not-base64", "short-key", "port", "scheme"],
)
def test_settings_that_cannot_work_are_refused_with_a_message(
    environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_environ(environ).ledger_env()


def test_a_master_key_file_is_read(tmp_path: Path) -> None:
    key_file = tmp_path / "master.key"
    key_file.write_text(KEY + "\n")

    settings = Settings.from_environ({"JUSOU_MASTER_KEY_FILE": str(key_file)})

    assert settings.master_key == base64.b64decode(KEY)
    assert settings.master_key_source == "file"


def test_settings_never_show_the_key_in_repr() -> None:
    settings = Settings.from_environ({"JUSOU_MASTER_KEY": KEY})

    assert KEY not in repr(settings)
    assert str(settings.master_key) not in repr(settings)


def test_the_operations_variables_are_read_with_their_defaults() -> None:
    settings = Settings.from_environ(
        {"JUSOU_LOG_FORMAT": "CONSOLE", "JUSOU_MAX_BODY_BYTES": "1048576"}
    )

    assert (settings.log_format, settings.log_level) == ("console", "info")
    assert settings.max_body_bytes == 1048576
    assert settings.ready_max_projection_lag == settings.ready_max_sealer_lag == 10_000


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"JUSOU_MAX_BODY_BYTES": "10"}, "JUSOU_MAX_BODY_BYTES"),
        ({"JUSOU_LOG_FORMAT": "xml"}, "JUSOU_LOG_FORMAT"),
        ({"JUSOU_READY_MAX_SEALER_LAG": "-1"}, "JUSOU_READY_MAX_SEALER_LAG"),
        ({"JUSOU_PORT": "70000"}, "JUSOU_PORT"),
    ],
    ids=["body-limit", "log-format", "negative-lag", "port"],
)
def test_a_value_out_of_bounds_is_refused_naming_its_variable(
    environ: dict[str, str], variable: str
) -> None:
    with pytest.raises(ConfigError, match=variable):
        Settings.from_environ(environ)


def test_only_the_given_mapping_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUSOU_PORT", "1234")

    given, process = Settings.from_environ({}), Settings.from_environ()

    assert (given.port, process.port) == (8000, 1234)


def test_an_empty_value_counts_as_unset() -> None:
    settings = Settings.from_environ({"JUSOU_PORT": "", "JUSOU_DATABASE_URL": ""})

    assert (settings.port, settings.database_url) == (8000, "sqlite:///var/jusou.db")


def test_a_world_readable_sqlite_file_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    database.touch(mode=0o644)
    database.chmod(0o644)
    settings = Settings(database_url=f"sqlite:///{database}", master_key=os.urandom(32))

    settings.build_ledger().close()

    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_the_backdating_window_is_configured_and_reaches_the_ledger(
    tmp_path: Path,
) -> None:
    env = {
        "JUSOU_DATABASE_URL": f"sqlite:///{tmp_path}/b.db",
        "JUSOU_BACKDATE_DAYS": "7",
    }

    settings = Settings.from_environ(env)
    ledger = settings.build_ledger()

    assert (settings.backdate_days, ledger.backdate_days) == (7, 7)
    assert ledger.recording().backdate_days == 7
    ledger.close()
