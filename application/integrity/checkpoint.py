"""Signed checkpoints: (tree size, root, timestamp), signed with Ed25519.

The signed body is UTF-8 text of four lines, each ending in a newline:

    jusou-ledger/checkpoint/v1
    <tree size, decimal>
    <root hash, standard base64 with padding>
    <timestamp, RFC 3339 UTC with milliseconds, e.g. 2026-05-12T03:04:05.123Z>

and the signature is Ed25519 (RFC 8032) over exactly those bytes.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from application.integrity.errors import CheckpointFormatError

ORIGIN = "jusou-ledger/checkpoint/v1"
SEED_BYTES = 32


def rfc3339(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement: the log had `tree_size` leaves with this root then."""

    tree_size: int
    root: bytes
    timestamp: str
    signature: bytes
    public_key: bytes

    @property
    def body(self) -> bytes:
        return body(self.tree_size, self.root, self.timestamp)

    def is_signed_by(self, public_key: bytes) -> bool:
        """True when the signature verifies under `public_key` (and only then)."""
        if len(public_key) != SEED_BYTES:
            return False
        try:
            key = Ed25519PublicKey.from_public_bytes(public_key)
            key.verify(self.signature, self.body)
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "tree_size": self.tree_size,
            "root": _b64(self.root),
            "timestamp": self.timestamp,
            "signature": _b64(self.signature),
            "public_key": _b64(self.public_key),
            "body": self.body.decode("utf-8"),
        }

    @classmethod
    def from_json(cls, data: object) -> Checkpoint:
        """Read a checkpoint an auditor kept; CheckpointFormatError if malformed."""
        if not isinstance(data, dict):
            raise CheckpointFormatError("a checkpoint is a JSON object")
        size = data.get("tree_size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise CheckpointFormatError("tree_size must be a whole number")
        return cls(
            tree_size=size,
            root=_unb64(data, "root"),
            timestamp=str(data.get("timestamp", "")),
            signature=_unb64(data, "signature"),
            public_key=_unb64(data, "public_key"),
        )


def body(tree_size: int, root: bytes, timestamp: str) -> bytes:
    return f"{ORIGIN}\n{tree_size}\n{_b64(root)}\n{timestamp}\n".encode()


class Signer:
    """The ledger's Ed25519 signing key; `repr` never shows it."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_BYTES:
            raise ValueError("an Ed25519 signing key is 32 bytes")
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        raw = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public_key = raw

    def __repr__(self) -> str:
        return f"Signer(public_key={_b64(self.public_key)})"

    def sign(self, tree_size: int, root: bytes, moment: datetime) -> Checkpoint:
        stamp = rfc3339(moment)
        signature = self._key.sign(body(tree_size, root, stamp))
        return Checkpoint(tree_size, root, stamp, signature, self.public_key)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(data: dict[Any, Any], name: str) -> bytes:
    try:
        return base64.b64decode(str(data.get(name, "")), validate=True)
    except binascii.Error:
        raise CheckpointFormatError(f"{name} is not valid base64") from None
