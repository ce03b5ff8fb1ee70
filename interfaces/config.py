"""Settings from the environment: the only module that reads `os.environ`."""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Signer
from application.people.keys import KEY_BYTES, Keyring, derive_keys

DEFAULT_DATABASE_URL = "sqlite:///var/jusou.db"


class ConfigError(Exception):
    """The configuration cannot work; the message says what to set."""


@dataclass(frozen=True, repr=False)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    master_key: bytes = field(default=b"")
    master_key_source: str = "unset"
    host: str = "127.0.0.1"
    port: int = 8000
    key_cache_seconds: float = 10.0
    signing_key: bytes = field(default=b"")
    signing_key_source: str = "unset"
    checkpoint_seconds: float = 60.0
    projections_in_serve: bool = True  # JUSOU_PROJECTIONS=off: a worker runs them

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        url = env.get("JUSOU_DATABASE_URL") or DEFAULT_DATABASE_URL
        key, source = _master_key(env, url)
        signing_key, signing_source = _signing_key(env, url)
        return cls(
            database_url=url,
            master_key=key,
            master_key_source=source,
            host=env.get("JUSOU_HOST") or "127.0.0.1",
            port=_int(env, "JUSOU_PORT", 8000),
            key_cache_seconds=float(_int(env, "JUSOU_KEY_CACHE_SECONDS", 10)),
            signing_key=signing_key,
            signing_key_source=signing_source,
            checkpoint_seconds=float(_int(env, "JUSOU_CHECKPOINT_SECONDS", 60)),
            projections_in_serve=_projections(env),
        )

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite:")

    def ledger_env(self) -> dict[str, str]:
        """The eventsourcing library's settings for this database and key."""
        keys = derive_keys(self.master_key)
        return {
            **storage_env(self.database_url),
            "CIPHER_TOPIC": "eventsourcing.cryptography:AESCipher",
            "CIPHER_KEY": keys.event_cipher_key_b64,
            "COMPRESSOR_TOPIC": "eventsourcing.compressor:ZlibCompressor",
        }

    def keyring(self) -> Keyring:
        keys = derive_keys(self.master_key)
        return Keyring(keys.wrapping_key, cache_seconds=self.key_cache_seconds)

    def signer(self) -> Signer | None:
        """The checkpoint signer; None when Settings were made without a key."""
        return Signer(self.signing_key) if self.signing_key else None

    def build_ledger(self, *, create_tables: bool = True) -> CaseLedger:
        if self.is_sqlite:
            Path(sqlite_path(self.database_url)).parent.mkdir(
                parents=True, exist_ok=True
            )
        ledger = CaseLedger(self.ledger_env(), keyring=self.keyring())
        if create_tables:
            ledger.create_tables()
            ledger.seed_registry()  # idempotent; safe when workers start together
        return ledger


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


def _master_key(env: Mapping[str, str], url: str) -> tuple[bytes, str]:
    if env.get("JUSOU_MASTER_KEY"):
        return _decode_key(env["JUSOU_MASTER_KEY"], "JUSOU_MASTER_KEY"), "env"
    if env.get("JUSOU_MASTER_KEY_FILE"):
        text = Path(env["JUSOU_MASTER_KEY_FILE"]).read_text(encoding="ascii")
        return _decode_key(text.strip(), "JUSOU_MASTER_KEY_FILE"), "file"
    if not url.startswith("sqlite:"):
        raise ConfigError(
            "PostgreSQL needs a real master key: set JUSOU_MASTER_KEY or "
            "JUSOU_MASTER_KEY_FILE (32 random bytes, base64), e.g. from "
            "`python -c 'import secrets,base64;print(base64.b64encode("
            "secrets.token_bytes(32)).decode())'`"
        )
    return _development_key(Path(sqlite_path(url)).parent / "master.key")


def _signing_key(env: Mapping[str, str], url: str) -> tuple[bytes, str]:
    """The Ed25519 key that signs checkpoints: handled like the master key."""
    if env.get("JUSOU_SIGNING_KEY"):
        return _decode_key(env["JUSOU_SIGNING_KEY"], "JUSOU_SIGNING_KEY"), "env"
    if env.get("JUSOU_SIGNING_KEY_FILE"):
        text = Path(env["JUSOU_SIGNING_KEY_FILE"]).read_text(encoding="ascii")
        return _decode_key(text.strip(), "JUSOU_SIGNING_KEY_FILE"), "file"
    if not url.startswith("sqlite:"):
        storage_env(url)  # an unknown scheme is refused as such first
        raise ConfigError(
            "PostgreSQL needs a real checkpoint signing key: set JUSOU_SIGNING_KEY "
            "or JUSOU_SIGNING_KEY_FILE (a 32-byte Ed25519 seed, base64), made "
            "like the master key"
        )
    return _development_key(Path(sqlite_path(url)).parent / "signing.key")


def _development_key(path: Path) -> tuple[bytes, str]:
    """A key generated once beside the SQLite file, readable by its owner only."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        with contextlib.suppress(FileExistsError):
            os.link(partial, path)  # first writer wins; others read its key
        partial.unlink()
    text = path.read_text(encoding="ascii").strip()
    return _decode_key(text, str(path)), f"development key {path}"


def _decode_key(text: str, source: str) -> bytes:
    try:
        key = base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ConfigError(f"{source} is not valid base64") from None
    if len(key) != KEY_BYTES:
        raise ConfigError(f"{source} must decode to {KEY_BYTES} bytes")
    return key


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _projections(env: Mapping[str, str]) -> bool:
    value = (env.get("JUSOU_PROJECTIONS") or "serve").lower()
    if value not in {"serve", "off"}:
        raise ConfigError(f"JUSOU_PROJECTIONS must be serve or off, not {value!r}")
    return value == "serve"
