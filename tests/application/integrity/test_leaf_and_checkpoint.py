"""The leaf encoding and the checkpoint format, byte for byte."""

from __future__ import annotations

import hashlib
import os
import struct
from datetime import UTC, datetime
from uuid import UUID

import pytest

from application.integrity.checkpoint import Checkpoint, Signer
from application.integrity.errors import CheckpointFormatError
from application.integrity.leaf import hash_rows, leaf_data, originator_bytes

OID = UUID("12345678-1234-5678-1234-567812345678")


def test_leaf_data_is_the_documented_length_prefixed_big_endian_record() -> None:
    row = (7, OID.bytes, 3, "domain.case:Case.Closed", b"\x01\x02cipher")

    data = leaf_data(row)

    topic = b"domain.case:Case.Closed"
    assert data == (
        b"\x01"
        + (7).to_bytes(8, "big")
        + struct.pack(">I", 16)
        + OID.bytes
        + (3).to_bytes(8, "big")
        + struct.pack(">I", len(topic))
        + topic
        + struct.pack(">I", 8)
        + b"\x01\x02cipher"
    )
    assert hash_rows([row]) == [hashlib.sha256(b"\x00" + data).digest()]


def test_an_originator_that_is_no_uuid_is_kept_as_its_text() -> None:
    oid = originator_bytes("not-a-uuid")

    data = leaf_data((1, oid, 1, "t", b""))

    assert oid == b"not-a-uuid"
    assert data[9:13] == struct.pack(">I", 10)
    assert data[13:23] == b"not-a-uuid"


def test_stored_ids_in_either_store_become_the_same_bytes() -> None:
    as_sqlite, as_postgres = originator_bytes(OID.hex), originator_bytes(OID)

    assert as_sqlite == as_postgres == OID.bytes


def test_a_checkpoint_signs_the_documented_four_lines() -> None:
    signer = Signer(os.urandom(32))
    at = datetime(2026, 5, 12, 3, 4, 5, 123456, tzinfo=UTC)

    made = signer.sign(17, b"\xaa" * 32, at)

    assert made.body == (
        b"jusou-ledger/checkpoint/v1\n17\n"
        + b"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqo=\n"
        + b"2026-05-12T03:04:05.123Z\n"
    )
    assert made.is_signed_by(signer.public_key)
    assert Checkpoint.from_json(made.to_json()) == made


def test_a_checkpoint_with_any_field_changed_no_longer_verifies() -> None:
    signer = Signer(os.urandom(32))
    made = signer.sign(5, b"\x01" * 32, datetime.now(UTC))

    forged = [
        Checkpoint(6, made.root, made.timestamp, made.signature, made.public_key),
        Checkpoint(5, b"\x02" * 32, made.timestamp, made.signature, made.public_key),
        Checkpoint(5, made.root, "2030-01-01T00:00:00.000Z", made.signature, b""),
    ]

    assert [f.is_signed_by(signer.public_key) for f in forged] == [False] * 3
    assert not made.is_signed_by(Signer(os.urandom(32)).public_key)
    assert not made.is_signed_by(b"short")


@pytest.mark.parametrize(
    "data",
    [[], {"tree_size": -1}, {"tree_size": True}, {"tree_size": 1, "root": "!!"}],
    ids=["not-an-object", "negative", "bool", "bad-base64"],
)
def test_a_malformed_kept_checkpoint_is_refused(data: object) -> None:
    with pytest.raises(CheckpointFormatError):
        Checkpoint.from_json(data)


def test_the_signer_never_shows_its_key() -> None:
    seed = os.urandom(32)

    shown = repr(Signer(seed))

    assert seed.hex() not in shown
    assert "public_key" in shown


@pytest.mark.parametrize(
    "text", ["01 " * 10 + "01", "0123456789abcdef0123456789abcdeg"], ids=str
)
def test_a_text_id_that_only_looks_like_hex_stays_text(text: str) -> None:
    oid = originator_bytes(text)

    assert oid == text.encode()
