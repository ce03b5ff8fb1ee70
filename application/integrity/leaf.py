"""The canonical bytes of a stored event: what one leaf of the log stands for.

Leaf data, format 1 (all integers big-endian):

    0x01                          format version, 1 byte
    notification id               8 bytes, signed (two's complement)
    len(originator id) || id      4-byte length, then 16 raw UUID bytes
                                  (the UTF-8 text for an id that is no UUID)
    originator version            8 bytes, signed
    len(topic) || topic           4-byte length, then UTF-8
    len(state) || state           4-byte length, then the stored state bytes

The state is the stored, encrypted ciphertext, never the decoded event: erasing
a person's key later changes nothing here. The leaf hash is SHA-256(0x00 ||
leaf data), RFC 9162 §2.1.1.
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
from collections.abc import Sequence
from uuid import UUID

FORMAT = 1
UUID_BYTES = 16
_HEAD = struct.Struct(">BqI16sqI")  # format, id, 16, uuid, version, len(topic)
_LEN = struct.Struct(">I")
_TOPICS: dict[str, bytes] = {}
_TOPIC_CACHE = 4096

# (notification id, originator id bytes, originator version, topic, state):
# a plain tuple, because the verifier builds millions of them.
StoredRow = tuple[int, bytes, int, str, bytes]


def originator_bytes(value: object) -> bytes:
    """A stored originator id as leaf bytes: UUID bytes where it is a UUID."""
    if isinstance(value, UUID):
        return value.bytes
    text = str(value)
    if len(text) == 2 * UUID_BYTES:  # how SQLite keeps a UUID: 32 hex digits
        with contextlib.suppress(ValueError):
            raw = bytes.fromhex(text)  # (which would skip spaces: hence the check)
            if len(raw) == UUID_BYTES:
                return raw
    try:
        return UUID(hex=text).bytes
    except ValueError:
        return text.encode("utf-8")


def originator_text(oid: bytes) -> str:
    if len(oid) == UUID_BYTES:
        return str(UUID(bytes=oid))
    return oid.decode("utf-8", "replace")


def leaf_data(row: StoredRow) -> bytes:
    nid, oid, version, topic, state = row
    topic_bytes = _TOPICS.get(topic)
    if topic_bytes is None:
        topic_bytes = topic.encode("utf-8")
        if len(_TOPICS) < _TOPIC_CACHE:
            _TOPICS[topic] = topic_bytes
    if len(oid) == UUID_BYTES:
        head = _HEAD.pack(FORMAT, nid, UUID_BYTES, oid, version, len(topic_bytes))
    else:
        head = b"".join(
            (
                struct.pack(">BqI", FORMAT, nid, len(oid)),
                oid,
                struct.pack(">qI", version, len(topic_bytes)),
            )
        )
    return b"".join((head, topic_bytes, _LEN.pack(len(state)), state))


def hash_rows(rows: Sequence[StoredRow]) -> list[bytes]:
    """The leaf hashes of rows, in order: the verifier's inner loop."""
    sha256 = hashlib.sha256
    return [sha256(b"\x00" + leaf_data(row)).digest() for row in rows]
