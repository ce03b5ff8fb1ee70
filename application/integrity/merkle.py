"""The Merkle tree of RFC 9162 §2.1 (contract: auditors rely on these names).

Pure functions, no I/O. A leaf hash is SHA-256(0x00 || data), an interior node
SHA-256(0x01 || left || right), the root of the empty tree SHA-256 of the empty
string, and a tree of n > 1 leaves splits at the largest power of two smaller
than n. Proofs are those of §2.1.3 (PATH) and §2.1.4 (PROOF/SUBPROOF); the
verifiers follow the iterative algorithms of §2.1.3.2 and §2.1.4.2 and return
False, never raise, on any malformed input.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from application.integrity.ranges import consistency_ranges, inclusion_ranges

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def merkle_root(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH(D[n]), built iteratively from the complete subtrees on the right edge."""
    stack: list[bytes] = []
    for size, value in enumerate(leaf_hashes, start=1):
        stack.append(value)
        carry = size
        while not carry & 1:
            right = stack.pop()
            stack.append(node_hash(stack.pop(), right))
            carry >>= 1
    if not stack:
        return EMPTY_ROOT
    root = stack[-1]
    for left in reversed(stack[:-1]):
        root = node_hash(left, root)
    return root


def inclusion_proof(index: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """PATH(index, D[n]); raises ValueError unless 0 <= index < n."""
    ranges = inclusion_ranges(index, len(leaf_hashes))
    return [merkle_root(leaf_hashes[lo:hi]) for lo, hi in ranges]


def consistency_proof(old_size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """PROOF(old_size, D[n]); empty for old_size 0 or n; ValueError past n."""
    ranges = consistency_ranges(old_size, len(leaf_hashes))
    return [merkle_root(leaf_hashes[lo:hi]) for lo, hi in ranges]


def verify_inclusion(
    index: int, tree_size: int, leaf_hash: bytes, proof: Sequence[bytes], root: bytes
) -> bool:
    """RFC 9162 §2.1.3.2: does `proof` put `leaf_hash` at `index` under `root`?"""
    if not (_is_count(index) and _is_count(tree_size) and index < tree_size):
        return False
    if not (_is_hash(leaf_hash) and _is_hash(root) and _are_hashes(proof)):
        return False
    fn, sn, r = index, tree_size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(
    old_size: int,
    new_size: int,
    old_root: bytes,
    new_root: bytes,
    proof: Sequence[bytes],
) -> bool:
    """RFC 9162 §2.1.4.2: is the tree of `new_root` an extension of `old_root`'s?

    Two cases the RFC leaves aside: equal sizes need an empty proof and equal
    roots; the empty tree (size 0, root SHA-256("")) precedes every tree.
    """
    if not (_is_count(old_size) and _is_count(new_size) and old_size <= new_size):
        return False
    if not (_is_hash(old_root) and _is_hash(new_root) and _are_hashes(proof)):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    return _consistent(old_size, new_size, old_root, new_root, list(proof))


def _consistent(
    first: int, second: int, first_hash: bytes, second_hash: bytes, path: list[bytes]
) -> bool:
    if not path:
        return False
    if first & (first - 1) == 0:  # an exact power of two: its root starts the path
        path = [first_hash, *path]
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == first_hash and sr == second_hash and sn == 0


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_hash(value: object) -> bool:
    return isinstance(value, bytes) and len(value) == HASH_SIZE


def _are_hashes(values: object) -> bool:
    if isinstance(values, (bytes, str)) or not isinstance(values, Sequence):
        return False
    return all(_is_hash(v) for v in values)
