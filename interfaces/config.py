"""Settings from the environment: the only module that reads `os.environ`.

`environment.py` parses and bounds the `JUSOU_*` variables (pydantic-settings);
here they become the resolved `Settings` the service runs on: keys decoded or
generated, the library's own settings derived. Tests build `Settings(...)`
directly, so every field has a default.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Signer
from application.people.keys import Keyring, derive_keys
from domain.catalogue.retention import DEFAULT_SCHEDULE, RetentionSchedule
from domain.recording import DEFAULT_BACKDATE_DAYS
from interfaces.environment import (
    DEFAULT_DATABASE_URL,
    KIB,
    ConfigError,
    Environment,
    read_environment,
)
from interfaces.key_files import PRIVATE_DIRECTORY, resolve_key
from interfaces.retention_file import read_schedule

__all__ = ["DEFAULT_DATABASE_URL", "ConfigError", "Settings", "storage_env"]
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, repr=False)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    master_key: bytes = field(default=b"")
    master_key_source: str = "unset"
    previous_master_key: bytes = field(default=b"")  # only during a rotation
    host: str = "127.0.0.1"
    port: int = 8000
    key_cache_seconds: float = 10.0
    signing_key: bytes = field(default=b"")
    signing_key_source: str = "unset"
    checkpoint_seconds: float = 60.0
    projections_in_serve: bool = True  # JUSOU_PROJECTIONS=off: a worker runs them
    log_format: str = "json"  # or "console" (make serve)
    log_level: str = "info"
    max_body_bytes: int = 256 * KIB
    ready_max_projection_lag: int = 10_000
    ready_max_sealer_lag: int = 10_000
    backdate_days: int = DEFAULT_BACKDATE_DAYS  # R1: docs/lawful-basis.md
    retention: RetentionSchedule = DEFAULT_SCHEDULE
    retention_source: str = "defaults"

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = read_environment(os.environ if environ is None else environ)
        storage_env(env.database_url)  # an unknown scheme is refused as such first
        key, source = _key(env, "master")
        signing_key, signing_source = _key(env, "signing")
        file = env.retention_file
        retention = read_schedule(file) if file else DEFAULT_SCHEDULE
        return cls(
            database_url=env.database_url,
            master_key=key,
            master_key_source=source,
            previous_master_key=_previous_master_key(env),
            host=env.host,
            port=env.port,
            key_cache_seconds=float(env.key_cache_seconds),
            signing_key=signing_key,
            signing_key_source=signing_source,
            checkpoint_seconds=float(env.checkpoint_seconds),
            projections_in_serve=env.projections == "serve",
            log_format=env.log_format,
            log_level=env.log_level,
            max_body_bytes=env.max_body_bytes,
            ready_max_projection_lag=env.ready_max_projection_lag,
            ready_max_sealer_lag=env.ready_max_sealer_lag,
            backdate_days=env.backdate_days,
            retention=retention,
            retention_source=file or "defaults",
        )

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite:")

    def ledger_env(self) -> dict[str, str]:
        """The eventsourcing library's settings for this database and key.

        The whole-event key is the one the ledger was made with: derived from
        the previous master key during a rotation, and replaced at start-up
        by the copy the ledger keeps once rotated (`LedgerBase.create_tables`).
        """
        keys = derive_keys(self.previous_master_key or self.master_key)
        return {
            **storage_env(self.database_url),
            "CIPHER_TOPIC": "eventsourcing.cryptography:AESCipher",
            "CIPHER_KEY": keys.event_cipher_key_b64,
            "COMPRESSOR_TOPIC": "eventsourcing.compressor:ZlibCompressor",
        }

    def keyring(self) -> Keyring:
        keys = derive_keys(self.master_key)
        previous: tuple[bytes, ...] = ()
        if self.previous_master_key:
            previous = (derive_keys(self.previous_master_key).wrapping_key,)
        return Keyring(
            keys.wrapping_key, previous=previous, cache_seconds=self.key_cache_seconds
        )

    def signer(self) -> Signer | None:
        """The checkpoint signer; None when Settings were made without a key."""
        return Signer(self.signing_key) if self.signing_key else None

    def build_ledger(self, *, create_tables: bool = True) -> CaseLedger:
        if self.is_sqlite:
            private_sqlite_file(Path(sqlite_path(self.database_url)))
        ledger = CaseLedger(
            self.ledger_env(),
            keyring=self.keyring(),
            backdate_days=self.backdate_days,
        )
        if create_tables:
            ledger.create_tables()
            ledger.seed_registry()  # idempotent; safe when workers start together
        return ledger


def private_sqlite_file(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (case data is personal).

    SQLite gives its -wal and -shm files the database file's mode, so they
    are 0600 too. A file left group- or world-readable by an older version
    is tightened.
    """
    path.parent.mkdir(mode=PRIVATE_DIRECTORY, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for suffix in SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if side.stat().st_mode & 0o077:
                side.chmod(0o600)


def storage_env(url: str) -> dict[str, str]:
    if url.startswith("sqlite:"):
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": sqlite_path(url),
            "SQLITE_LOCK_TIMEOUT": "10",
        }
    parsed = urlparse(url)
    if parsed.scheme not in {"postgresql", "postgres"}:
        raise ConfigError(
            "JUSOU_DATABASE_URL must start with sqlite:/// or postgresql://"
        )
    schema = parse_qs(parsed.query).get("schema", [""])[0]
    return {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": unquote(parsed.path.lstrip("/")) or "postgres",
        "POSTGRES_HOST": parsed.hostname or "127.0.0.1",
        "POSTGRES_PORT": str(parsed.port or 5432),
        "POSTGRES_USER": unquote(parsed.username or "postgres"),
        "POSTGRES_PASSWORD": unquote(parsed.password or ""),
        "POSTGRES_SCHEMA": schema,
        "POSTGRES_CONNECT_TIMEOUT": "5",
    }


def sqlite_path(url: str) -> str:
    """`sqlite:///var/jusou.db` is relative; `sqlite:////srv/jusou.db` absolute."""
    path = url.removeprefix("sqlite://")
    path = path.removeprefix("/")
    if not path:
        raise ConfigError("JUSOU_DATABASE_URL names no SQLite file")
    return path


def _previous_master_key(env: Environment) -> bytes:
    if env.previous_master_key is None and env.previous_master_key_file is None:
        return b""
    name = "JUSOU_PREVIOUS_MASTER_KEY"
    value, file = env.previous_master_key, env.previous_master_key_file
    key, _ = resolve_key(name, value, file, development=None)
    return key


def _key(env: Environment, kind: str) -> tuple[bytes, str]:
    """The master or signing key; generated beside a SQLite file if unset."""
    url = env.database_url
    development = None
    if url.startswith("sqlite:"):
        development = Path(sqlite_path(url)).parent / f"{kind}.key"
    if kind == "master":
        value, file = env.master_key, env.master_key_file
    else:
        value, file = env.signing_key, env.signing_key_file
    return resolve_key(f"JUSOU_{kind.upper()}_KEY", value, file, development)
