"""Which subtrees the proofs of RFC 9162 §2.1 are made of, as leaf ranges.

Pure arithmetic, no hashing: `merkle.py` turns the ranges into hashes from a
list of leaf hashes, and the sealed tree in the database answers them from its
stored complete subtrees, in O(log n) reads. A range `(lo, hi)` is the
half-open run of leaves `D[lo:hi]` whose MTH is one proof element.
"""

from __future__ import annotations

Range = tuple[int, int]
Block = tuple[
    int, int
]  # (level, index): leaves [index * 2**level, (index+1) * 2**level)


def split(n: int) -> int:
    """The largest power of two smaller than `n` (n > 1), where RFC 9162 splits."""
    return 1 << ((n - 1).bit_length() - 1)


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1, as the ranges of its elements."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
    return _path(index, 0, size)


def _path(m: int, lo: int, hi: int) -> list[Range]:
    n = hi - lo
    if n == 1:
        return []
    k = split(n)
    if m < k:
        return [*_path(m, lo, lo + k), (lo + k, hi)]
    return [*_path(m - k, lo + k, hi), (lo, lo + k)]


def consistency_ranges(old_size: int, new_size: int) -> list[Range]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1; empty when m is 0 or m equals n."""
    if not 0 <= old_size <= new_size:
        raise ValueError(f"no consistency proof from {old_size} to {new_size}")
    if old_size in {0, new_size}:
        return []
    return _subproof(old_size, 0, new_size, whole=True)


def _subproof(m: int, lo: int, hi: int, *, whole: bool) -> list[Range]:
    n = hi - lo
    if m == n:
        return [] if whole else [(lo, hi)]
    k = split(n)
    if m <= k:
        return [*_subproof(m, lo, lo + k, whole=whole), (lo + k, hi)]
    return [*_subproof(m - k, lo + k, hi, whole=False), (lo, lo + k)]


def blocks(lo: int, hi: int) -> list[Block]:
    """The complete, aligned subtrees that make up `D[lo:hi]`, left to right.

    For every range a proof or a root needs, MTH(D[lo:hi]) is these blocks'
    hashes folded from the right: H(b1, H(b2, … bk)).
    """
    out: list[Block] = []
    while lo < hi:
        width = 1 << ((hi - lo).bit_length() - 1)
        if lo:
            width = min(width, lo & -lo)
        out.append((width.bit_length() - 1, lo // width))
        lo += width
    return out


def frontier(size: int) -> list[Block]:
    """The complete subtrees on the right edge of a tree of `size` leaves."""
    return blocks(0, size)
