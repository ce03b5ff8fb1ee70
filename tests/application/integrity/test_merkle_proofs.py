"""Every proof of every tree up to 40 leaves, against a naive oracle, and tampering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from application.integrity.merkle import (
    EMPTY_ROOT,
    consistency_proof,
    inclusion_proof,
    merkle_root,
    verify_consistency,
    verify_inclusion,
)
from tests.application.integrity import naive

MAX = 40
LEAVES = naive.leaves(MAX)
ROOTS = [naive.mth(LEAVES[:n]) for n in range(MAX + 1)]


def flipped(value: bytes, at: int = 0) -> bytes:
    return value[:at] + bytes([value[at] ^ 1]) + value[at + 1 :]


def test_roots_agree_with_the_naive_tree_for_every_size() -> None:
    roots = [merkle_root(LEAVES[:n]) for n in range(MAX + 1)]

    assert roots == ROOTS


def test_every_inclusion_proof_of_every_tree_is_the_rfcs_and_verifies() -> None:
    cases = [(i, n) for n in range(1, MAX + 1) for i in range(n)]

    proofs = {(i, n): inclusion_proof(i, LEAVES[:n]) for i, n in cases}

    for (i, n), proof in proofs.items():
        assert proof == naive.path(i, LEAVES[:n])
        assert verify_inclusion(i, n, LEAVES[i], proof, ROOTS[n])


def test_every_consistency_proof_of_every_pair_of_trees_verifies() -> None:
    pairs = [(m, n) for n in range(MAX + 1) for m in range(n + 1)]

    proofs = {(m, n): consistency_proof(m, LEAVES[:n]) for m, n in pairs}

    for (m, n), proof in proofs.items():
        if 0 < m < n:
            assert proof == naive.subproof(m, LEAVES[:n], True)
        assert verify_consistency(m, n, ROOTS[m], ROOTS[n], proof)


def test_any_changed_dropped_or_added_inclusion_hash_is_rejected() -> None:
    cases = [(i, n) for n in range(2, MAX + 1) for i in range(n)]

    for i, n in cases:
        proof, root = inclusion_proof(i, LEAVES[:n]), ROOTS[n]

        for at in range(len(proof)):
            bad = [*proof[:at], flipped(proof[at]), *proof[at + 1 :]]
            assert not verify_inclusion(i, n, LEAVES[i], bad, root)
        assert not verify_inclusion(i, n, LEAVES[i], proof[:-1], root)
        assert not verify_inclusion(i, n, LEAVES[i], [*proof, root], root)
        assert not verify_inclusion(i, n, flipped(LEAVES[i]), proof, root)
        assert not verify_inclusion(i, n, LEAVES[i], proof, flipped(root))


def test_an_inclusion_proof_checked_at_another_index_or_root_is_rejected() -> None:
    cases = [(i, n) for n in range(2, MAX + 1) for i in range(n)]

    for i, n in cases:
        proof = inclusion_proof(i, LEAVES[:n])

        for j in range(n):
            if LEAVES[j] == LEAVES[i] or j == i:
                continue
            assert not verify_inclusion(j, n, LEAVES[i], proof, ROOTS[n])
        # (Not the size: a root does not commit to its tree's size, which is
        # why a checkpoint signs the size beside the root.)
        assert not verify_inclusion(i, n, LEAVES[i], proof, ROOTS[n - 1])


def test_any_changed_or_truncated_consistency_proof_is_rejected() -> None:
    pairs = [(m, n) for n in range(2, MAX + 1) for m in range(1, n)]

    for m, n in pairs:
        proof = consistency_proof(m, LEAVES[:n])

        for at in range(len(proof)):
            bad = [*proof[:at], flipped(proof[at]), *proof[at + 1 :]]
            assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], bad)
        assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], proof[:-1])
        assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], [*proof, ROOTS[0]])
        assert not verify_consistency(m, n, flipped(ROOTS[m]), ROOTS[n], proof)
        assert not verify_consistency(m, n, ROOTS[m], flipped(ROOTS[n]), proof)
        assert not verify_consistency(m, n, ROOTS[m - 1], ROOTS[n], proof)


def test_the_degenerate_consistency_cases_have_one_answer_each() -> None:
    root4, root5 = ROOTS[4], ROOTS[5]

    assert verify_consistency(4, 4, root4, root4, [])
    assert not verify_consistency(4, 4, root4, root5, [])
    assert not verify_consistency(4, 4, root4, root4, [root4])
    assert verify_consistency(0, 5, EMPTY_ROOT, root5, [])
    assert not verify_consistency(0, 5, root4, root5, [])
    assert not verify_consistency(0, 5, EMPTY_ROOT, root5, [root4])
    assert not verify_consistency(5, 4, root5, root4, [])
    assert not verify_consistency(2, 5, ROOTS[2], root5, [])


MALFORMED_INCLUSION: list[tuple[object, ...]] = [
    (-1, 8),
    (8, 8),
    (True, 8),
    (0.0, 8),
    ("0", 8),
    (0, None),
    (0, -3),
]


@pytest.mark.parametrize(("index", "size"), MALFORMED_INCLUSION)
def test_malformed_indices_and_sizes_are_rejected_without_raising(
    index: object, size: object
) -> None:
    proof = inclusion_proof(0, LEAVES[:8])

    ok = verify_inclusion(index, size, LEAVES[0], proof, ROOTS[8])  # type: ignore[arg-type]

    assert ok is False


@pytest.mark.parametrize(
    "proof",
    [None, "abc", b"x" * 32, [b"short"], [None], 42, [bytearray(32)]],
    ids=["none", "text", "bytes", "short-hash", "none-item", "int", "bytearray"],
)
def test_malformed_proofs_are_rejected_without_raising(proof: object) -> None:
    root = ROOTS[8]

    results = [
        verify_inclusion(0, 8, LEAVES[0], proof, root),  # type: ignore[arg-type]
        verify_consistency(3, 8, ROOTS[3], root, proof),  # type: ignore[arg-type]
    ]

    assert results == [False, False]


@pytest.mark.parametrize("bad", [b"", b"x" * 31, b"x" * 33, None, "x" * 32])
def test_malformed_hashes_and_roots_are_rejected_without_raising(bad: object) -> None:
    proof = inclusion_proof(2, LEAVES[:8])
    cproof = consistency_proof(3, LEAVES[:8])

    results = [
        verify_inclusion(2, 8, bad, proof, ROOTS[8]),  # type: ignore[arg-type]
        verify_inclusion(2, 8, LEAVES[2], proof, bad),  # type: ignore[arg-type]
        verify_consistency(3, 8, bad, ROOTS[8], cproof),  # type: ignore[arg-type]
        verify_consistency(3, 8, ROOTS[3], bad, cproof),  # type: ignore[arg-type]
    ]

    assert results == [False, False, False, False]


@given(
    data=st.lists(st.binary(max_size=24), min_size=1, max_size=150),
    pick=st.data(),
)
def test_proofs_of_any_log_verify_and_a_flipped_bit_breaks_them(
    data: list[bytes], pick: st.DataObject
) -> None:
    leaves = [naive.leaf(d) for d in data]
    n = len(leaves)
    index = pick.draw(st.integers(0, n - 1))
    old = pick.draw(st.integers(1, n))
    root, old_root = merkle_root(leaves), merkle_root(leaves[:old])

    path = inclusion_proof(index, leaves)
    proof = consistency_proof(old, leaves)

    assert root == naive.mth(leaves)
    assert verify_inclusion(index, n, leaves[index], path, root)
    assert verify_consistency(old, n, old_root, root, proof)
    if path:
        at = pick.draw(st.integers(0, len(path) - 1))
        bad = [*path[:at], flipped(path[at], at % 32), *path[at + 1 :]]
        assert not verify_inclusion(index, n, leaves[index], bad, root)
    if proof:
        at = pick.draw(st.integers(0, len(proof) - 1))
        bad = [*proof[:at], flipped(proof[at], 31), *proof[at + 1 :]]
        assert not verify_consistency(old, n, old_root, root, bad)
