"""The Merkle module against RFC 6962/9162's published values and hand-made trees."""

from __future__ import annotations

import hashlib

import pytest

from application.integrity.merkle import (
    EMPTY_ROOT,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    merkle_root,
    node_hash,
    verify_consistency,
    verify_inclusion,
)

# The eight leaf inputs of Certificate Transparency's reference tests (RFC 6962
# implementations) and the roots of the trees of their first n, n = 0..8.
CT_INPUTS = [
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
]
CT_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_INCLUSION = [
    (
        0,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
]
CT_CONSISTENCY = [
    (
        2,
        8,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
]
CT_LEAVES = [leaf_hash(bytes.fromhex(x)) for x in CT_INPUTS]


def sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def hand_made_roots() -> list[bytes]:
    """Trees of 0..8 leaves written out node by node from RFC 9162 §2.1.1."""
    a, b, c, d, e, f, g, h = (sha(b"\x00" + bytes([i])) for i in range(8))

    def n(left: bytes, right: bytes) -> bytes:
        return sha(b"\x01" + left + right)

    ab, cd, ef = n(a, b), n(c, d), n(e, f)
    abcd = n(ab, cd)
    return [
        sha(b""),
        a,
        ab,
        n(ab, c),
        abcd,
        n(abcd, e),
        n(abcd, ef),
        n(abcd, n(ef, g)),
        n(abcd, n(ef, n(g, h))),
    ]


@pytest.mark.parametrize("size", range(9))
def test_the_root_of_the_reference_tree_is_the_published_one(size: int) -> None:
    root = merkle_root(CT_LEAVES[:size])

    assert root.hex() == CT_ROOTS[size]


@pytest.mark.parametrize("size", range(9))
def test_the_root_of_a_small_tree_is_the_one_built_by_hand(size: int) -> None:
    leaves = [leaf_hash(bytes([i])) for i in range(size)]

    root = merkle_root(leaves)

    assert root == hand_made_roots()[size]


def test_the_empty_tree_and_the_hash_prefixes_are_those_of_the_rfc() -> None:
    empty = merkle_root([])

    assert empty == EMPTY_ROOT == sha(b"")
    assert leaf_hash(b"x") == sha(b"\x00x")
    assert node_hash(b"l", b"r") == sha(b"\x01lr")


@pytest.mark.parametrize(("index", "size", "expected"), CT_INCLUSION)
def test_inclusion_proofs_are_the_published_ones(
    index: int, size: int, expected: list[str]
) -> None:
    proof = inclusion_proof(index, CT_LEAVES[:size])

    assert [p.hex() for p in proof] == expected
    root = bytes.fromhex(CT_ROOTS[size])
    assert verify_inclusion(index, size, CT_LEAVES[index], proof, root)


@pytest.mark.parametrize(("first", "second", "expected"), CT_CONSISTENCY)
def test_consistency_proofs_are_the_published_ones(
    first: int, second: int, expected: list[str]
) -> None:
    proof = consistency_proof(first, CT_LEAVES[:second])

    assert [p.hex() for p in proof] == expected
    old, new = bytes.fromhex(CT_ROOTS[first]), bytes.fromhex(CT_ROOTS[second])
    assert verify_consistency(first, second, old, new, proof)


@pytest.mark.parametrize(
    ("index", "size"), [(-1, 3), (3, 3), (0, 0)], ids=["negative", "past", "empty"]
)
def test_an_inclusion_proof_for_a_leaf_outside_the_tree_is_refused(
    index: int, size: int
) -> None:
    with pytest.raises(ValueError, match="not in a tree"):
        inclusion_proof(index, CT_LEAVES[:size])


def test_a_consistency_proof_from_a_larger_tree_is_refused() -> None:
    with pytest.raises(ValueError, match="no consistency proof"):
        consistency_proof(5, CT_LEAVES[:3])
