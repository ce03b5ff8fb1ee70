"""The sealed tree in the database: leaves, complete subtrees, the sealer's place.

Tables (created with the ledger's, see `sql.py`): `integrity_leaves` one row
per sealed event (leaf index, notification id, originator id and version, leaf
hash); `integrity_nodes` every complete subtree of level >= 1, keyed by
(level, index); `integrity_tracking` the sealer's own position (tree size, last
notification id sealed), never shared with a projection. A proof or a root
reads O(log n) of these rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from application.integrity.compact import Edge, Node
from application.integrity.leaf import StoredRow
from application.integrity.merkle import node_hash
from application.integrity.ranges import Block, blocks
from application.integrity.sql import Store, Tx

SealedLeaf = tuple[int, int, bytes, int, bytes]  # index, id, originator, version, hash
_ADD_LEAF = (
    "INSERT INTO {leaves} (leaf_index, notification_id, originator_id, "
    "originator_version, leaf_hash) VALUES (?, ?, ?, ?, ?)"
)
_LEAF_NODES = "SELECT 0, leaf_index, leaf_hash FROM {leaves} WHERE leaf_index IN"
_ADD_NODE = "INSERT INTO {nodes} (level, idx, hash) VALUES (?, ?, ?)"
_LEAVES = (
    "SELECT leaf_index, notification_id, originator_id, originator_version, "
    "leaf_hash FROM {leaves} WHERE leaf_index >= ? AND leaf_index < ? "
    "ORDER BY leaf_index"
)
_TRACKING = "SELECT tree_size, notification_id FROM {tracking} WHERE name = 'sealer'"
_MOVE = "UPDATE {tracking} SET tree_size = ?, notification_id = ? WHERE name = 'sealer'"


class SealedTree:
    """Reads and appends of the sealed tree; a read is one short transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def position(self, tx: Tx) -> tuple[int, int]:
        """(tree size, last notification id sealed): the sealer's tracking."""
        rows = tx.rows(self.store.sql(_TRACKING))
        return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)

    def size(self) -> int:
        with self.store.read() as tx:
            return self.position(tx)[0]

    def edge(self, tx: Tx, size: int) -> Edge:
        return Edge(size, self._nodes(tx, blocks(0, size)))

    def append(
        self, tx: Tx, edge: Edge, rows: Sequence[StoredRow], hashes: list[bytes]
    ) -> None:
        """Add leaves and the subtrees they complete, and move the tracking."""
        first = edge.size
        completed = edge.append(hashes)
        leaves = [
            (first + i, row[0], row[1], row[2], value)
            for i, (row, value) in enumerate(zip(rows, hashes, strict=True))
        ]
        tx.many(self.store.sql(_ADD_LEAF), leaves)
        tx.many(self.store.sql(_ADD_NODE), completed)
        tx.run(self.store.sql(_MOVE), (edge.size, rows[-1][0]))

    def leaves(self, start: int, end: int) -> list[SealedLeaf]:
        with self.store.read() as tx:
            rows = tx.rows(self.store.sql(_LEAVES), (start, end))
        return [(int(i), int(n), bytes(o), int(v), bytes(h)) for i, n, o, v, h in rows]

    def leaf_hashes(self, start: int, end: int) -> list[bytes]:
        sql = (
            "SELECT leaf_hash FROM {leaves} WHERE leaf_index >= ? AND leaf_index < ? "
            "ORDER BY leaf_index"
        )
        with self.store.read() as tx:
            return [bytes(row[0]) for row in tx.rows(self.store.sql(sql), (start, end))]

    def range_hashes(self, ranges: Iterable[tuple[int, int]]) -> list[bytes]:
        """MTH(D[lo:hi]) for each range, from O(log n) stored subtrees.

        Raises KeyError when a subtree the ranges need is not stored.
        """
        wanted = list(ranges)
        needed = sorted({b for lo, hi in wanted for b in blocks(lo, hi)})
        with self.store.read() as tx:
            found = {(level, idx): h for level, idx, h in self._nodes(tx, needed)}
        return [_fold([found[b] for b in blocks(lo, hi)]) for lo, hi in wanted]

    def _nodes(self, tx: Tx, wanted: Sequence[Block]) -> list[Node]:
        """Stored hashes of these blocks, in the order asked (level 0: leaves)."""
        found: dict[Block, bytes] = {}
        leaves = [idx for level, idx in wanted if level == 0]
        if leaves:
            marks = ",".join("?" * len(leaves))
            sql = f"{_LEAF_NODES} ({marks})"
            found.update(self._blocks(tx, sql, leaves))
        inner = [v for level, idx in wanted if level > 0 for v in (level, idx)]
        if inner:
            where = " OR ".join(["(level = ? AND idx = ?)"] * (len(inner) // 2))
            sql = f"SELECT level, idx, hash FROM {{nodes}} WHERE {where}"  # noqa: S608
            found.update(self._blocks(tx, sql, inner))
        return [(level, idx, found[(level, idx)]) for level, idx in wanted]

    def _blocks(self, tx: Tx, sql: str, params: list[int]) -> dict[Block, bytes]:
        rows = tx.rows(self.store.sql(sql), params)
        return {(int(level), int(idx)): bytes(h) for level, idx, h in rows}


def _fold(hashes: list[bytes]) -> bytes:
    root = hashes[-1]
    for left in reversed(hashes[:-1]):
        root = node_hash(left, root)
    return root
