"""The right edge of a Merkle tree ("compact range"): append leaves, get roots.

A tree of n leaves is fully described, for appending, by the complete
subtrees of n's binary decomposition; appending a leaf merges equal-sized
neighbours like a binary counter. The sealer stores every node it completes;
the verifier only needs the roots.
"""

from __future__ import annotations

from collections.abc import Sequence

from application.integrity.merkle import EMPTY_ROOT, node_hash

Node = tuple[int, int, bytes]  # (level, index, hash)


class Edge:
    """The complete subtrees on the right edge of a tree, left to right."""

    def __init__(self, size: int = 0, nodes: Sequence[Node] = ()) -> None:
        self.size = size
        self.nodes = list(nodes)

    def append(self, leaf_hashes: Sequence[bytes]) -> list[Node]:
        """Add leaves; returns the interior nodes (level >= 1) they completed."""
        completed: list[Node] = []
        nodes = self.nodes
        size = self.size
        for value in leaf_hashes:
            level, index, current = 0, size, value
            while index & 1:
                left = nodes.pop()[2]
                current = node_hash(left, current)
                level, index = level + 1, index >> 1
                completed.append((level, index, current))
            nodes.append((level, index, current))
            size += 1
        self.size = size
        return completed

    def root(self) -> bytes:
        if not self.nodes:
            return EMPTY_ROOT
        root = self.nodes[-1][2]
        for _, _, left in reversed(self.nodes[:-1]):
            root = node_hash(left, root)
        return root


class Roots:
    """Only the hashes of the right edge: the verifier's tree, one hash per leaf."""

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[bytes] = []

    def append(self, leaf_hashes: Sequence[bytes]) -> None:
        stack, size = self._stack, self.size
        for value in leaf_hashes:
            stack.append(value)
            size += 1
            count = size
            while not count & 1:
                right = stack.pop()
                stack.append(node_hash(stack.pop(), right))
                count >>= 1
        self.size = size

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        root = self._stack[-1]
        for left in reversed(self._stack[:-1]):
            root = node_hash(left, root)
        return root
