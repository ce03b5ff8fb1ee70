"""The master and signing keys: from a variable, a file, or made for development.

A development key is generated once beside the SQLite file, readable by its
owner only (0600); PostgreSQL refuses to start without real keys. The
suggested key command is a line of its own in the error, so it can be pasted.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import secrets
from pathlib import Path

from pydantic import SecretStr

from application.people.keys import KEY_BYTES
from interfaces.environment import ConfigError

NEW_KEY_COMMAND = (
    "python3 -c 'import base64,secrets;"
    "print(base64.b64encode(secrets.token_bytes(32)).decode())'"
)
PRIVATE_DIRECTORY = 0o700


def resolve_key(
    name: str, value: SecretStr | None, file: str | None, development: Path | None
) -> tuple[bytes, str]:
    """The key and where it came from (`env`, `file`, `development key …`).

    `development` is where a key may be generated (SQLite); None refuses.
    """
    if value is not None:
        return decode_key(value.get_secret_value(), name), "env"
    if file is not None:
        text = Path(file).read_text(encoding="ascii")
        return decode_key(text.strip(), f"{name}_FILE"), "file"
    if development is None:
        raise ConfigError(
            f"PostgreSQL needs a real key: set {name} or {name}_FILE "
            "(32 random bytes, base64). Make one with:\n" + NEW_KEY_COMMAND
        )
    return development_key(development)


def development_key(path: Path) -> tuple[bytes, str]:
    """A key generated once at `path`, mode 0600; the first writer wins."""
    if not path.exists():
        path.parent.mkdir(mode=PRIVATE_DIRECTORY, parents=True, exist_ok=True)
        key = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        with contextlib.suppress(FileExistsError):
            os.link(partial, path)  # first writer wins; others read its key
        partial.unlink()
    text = path.read_text(encoding="ascii").strip()
    return decode_key(text, str(path)), f"development key {path}"


def decode_key(text: str, source: str) -> bytes:
    try:
        key = base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ConfigError(f"{source} is not valid base64") from None
    if len(key) != KEY_BYTES:
        raise ConfigError(f"{source} must decode to {KEY_BYTES} bytes")
    return key
