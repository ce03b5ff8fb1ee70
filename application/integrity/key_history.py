"""Which key signed which checkpoints: the published signing-key history.

When the signing key is rotated, new checkpoints are signed with the new key
and the old ones keep the old key's signature. The city publishes, outside
the system, the history of its keys (JSON), each with the range of checkpoints
it signed:

    {"format": "jusou-ledger/signing-key-history/v1",
     "keys": [{"public_key": "<base64>",
               "first": {"tree_size": 10, "timestamp": "2026-05-01T00:00:00.000Z"},
               "last": {"tree_size": 900, "timestamp": "2026-09-30T09:00:00.000Z"}},
              {"public_key": "<base64>",
               "first": {"tree_size": 900, "timestamp": "2026-09-30T10:00:00.000Z"},
               "last": null}]}

`last: null` is the key signing today. A checkpoint is trusted when its
signature verifies under a key of the history and it lies within that key's
range (both its tree size and its time); any other is reported as forged.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from application.integrity.checkpoint import Checkpoint
from application.integrity.errors import CheckpointFormatError

FORMAT = "jusou-ledger/signing-key-history/v1"


@dataclass(frozen=True, order=True)
class Mark:
    """One checkpoint's place: its time (RFC 3339, sortable) and tree size."""

    timestamp: str
    tree_size: int

    @classmethod
    def of(cls, checkpoint: Checkpoint) -> Mark:
        return cls(checkpoint.timestamp, checkpoint.tree_size)

    def to_json(self) -> dict[str, Any]:
        return {"tree_size": self.tree_size, "timestamp": self.timestamp}


@dataclass(frozen=True)
class SigningKey:
    """A public key and the first and last checkpoints it signed (None: still)."""

    public_key: bytes
    first: Mark
    last: Mark | None

    def covers(self, mark: Mark) -> bool:
        after_first = self.first <= mark and self.first.tree_size <= mark.tree_size
        if self.last is None:
            return after_first
        return (
            after_first and mark <= self.last and mark.tree_size <= self.last.tree_size
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "first": self.first.to_json(),
            "last": None if self.last is None else self.last.to_json(),
        }


@dataclass(frozen=True)
class KeyHistory:
    """The published keys; `trusts` is what `audit verify --key-history` asks."""

    keys: tuple[SigningKey, ...]
    describe = "a key of the published history within its range"

    def trusts(self, checkpoint: Checkpoint) -> bool:
        mark = Mark.of(checkpoint)
        return any(
            key.public_key == checkpoint.public_key
            and key.covers(mark)
            and checkpoint.is_signed_by(key.public_key)
            for key in self.keys
        )

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "keys": [k.to_json() for k in self.keys]}

    @classmethod
    def from_json(cls, data: object) -> KeyHistory:
        """Read a published history; CheckpointFormatError if malformed."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CheckpointFormatError(f"a key history has format {FORMAT}")
        entries = data.get("keys")
        if not isinstance(entries, list) or not entries:
            raise CheckpointFormatError("a key history lists at least one key")
        return cls(tuple(_key(entry) for entry in entries))

    @classmethod
    def of_checkpoints(
        cls, checkpoints: list[Checkpoint], current: bytes | None
    ) -> KeyHistory:
        """The history the stored checkpoints show, each run of a key in order.

        Only checkpoints whose signature verifies count. The last run stays
        open (`last: null`) when its key is `current`, the configured one.
        """
        signed = [c for c in checkpoints if c.is_signed_by(c.public_key)]
        runs = [list(run) for _, run in groupby(signed, key=lambda c: c.public_key)]
        keys = []
        for n, run in enumerate(runs):
            still = n == len(runs) - 1 and run[-1].public_key == current
            last = None if still else Mark.of(run[-1])
            keys.append(SigningKey(run[0].public_key, Mark.of(run[0]), last))
        return cls(tuple(keys))

    def disagreements(self, published: KeyHistory) -> list[str]:
        """What a published history says that these stored checkpoints do not."""
        found = []
        for n, key in enumerate(published.keys):
            mine = self.keys[n] if n < len(self.keys) else None
            if (
                mine is None
                or (mine.public_key, mine.first) != (key.public_key, key.first)
                or (key.last is not None and mine.last != key.last)
            ):
                found.append(f"key {n + 1} of the published history")
        return found


def _key(entry: object) -> SigningKey:
    if not isinstance(entry, dict):
        raise CheckpointFormatError("each key is a JSON object")
    try:
        public_key = base64.b64decode(str(entry["public_key"]), validate=True)
        first = _mark(entry["first"])
        last = None if entry.get("last") is None else _mark(entry["last"])
    except (KeyError, binascii.Error):
        raise CheckpointFormatError("each key has public_key, first, last") from None
    return SigningKey(public_key, first, last)


def _mark(data: object) -> Mark:
    if not isinstance(data, dict):
        raise CheckpointFormatError("first and last are objects")
    size = data.get("tree_size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise CheckpointFormatError("tree_size must be a whole number")
    return Mark(str(data.get("timestamp", "")), size)
