"""The integrity log: seal stored events as leaves, sign checkpoints, serve proofs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from application.errors import NotFoundError
from application.integrity.checkpoint import Checkpoint, Signer
from application.integrity.checkpoints import CheckpointTable
from application.integrity.errors import LedgerRangeError, SealedTreeDamagedError
from application.integrity.events import StoredEvents
from application.integrity.leaf import StoredRow, hash_rows, leaf_data
from application.integrity.merkle import EMPTY_ROOT
from application.integrity.ranges import consistency_ranges, inclusion_ranges
from application.integrity.sql import Store
from application.integrity.tree import SealedTree

SEAL_BATCH = 5000
MAX_LEAVES = 1000  # per request of `leaves`: a bounded page, as CT's get-entries


@dataclass(frozen=True)
class Leaf:
    """One sealed leaf and the canonical bytes of the stored event it stands for.

    `data` is None when the sealed event is no longer in the store.
    """

    index: int
    notification_id: int
    data: bytes | None


@dataclass(frozen=True)
class InclusionProof:
    """Where a leaf sits in a tree of `tree_size` leaves, and its audit path."""

    index: int
    tree_size: int
    leaf_hash: bytes
    path: list[bytes]


class IntegrityLog:
    """The sealed Merkle log over the ledger's notification log."""

    def __init__(self, store: Store, now: Callable[[], datetime]) -> None:
        self.store = store
        self.tree = SealedTree(store)
        self.events = StoredEvents(store)
        self.checkpoints = CheckpointTable(store)
        self.now = now

    def seal_pending(self, batch: int = SEAL_BATCH) -> int:
        """Seal every stored event not yet sealed, `batch` per transaction."""
        total = 0
        while sealed := self.seal_batch(batch):
            total += sealed
        return total

    def seal_batch(self, limit: int = SEAL_BATCH) -> int:
        with self.store.sealing() as tx:
            size, last = self.tree.position(tx)
            rows = self.events.after(tx, last, limit)
            if not rows:
                return 0
            try:
                edge = self.tree.edge(tx, size)
            except KeyError:
                raise SealedTreeDamagedError(
                    "the tree's right edge is missing"
                ) from None
            self.tree.append(tx, edge, rows, hash_rows(rows))
        return len(rows)

    def size(self) -> int:
        return self.tree.size()

    def root(self, size: int) -> bytes:
        self._check_size(size)
        return self._hashes([(0, size)])[0] if size else EMPTY_ROOT

    def checkpoint(self, signer: Signer) -> Checkpoint:
        """Seal what is pending and sign the tree as it stands now."""
        self.seal_pending()
        size = self.size()
        made = signer.sign(size, self.root(size), self.now())
        self.checkpoints.add(made)
        return made

    def checkpoint_if_due(self, signer: Signer, every: timedelta) -> Checkpoint | None:
        """Sign only when the tree grew past the latest checkpoint, once per `every`.

        What the server's loop calls: the latest checkpoint is read from the
        table, so several workers agree on when one is due.
        """
        self.seal_pending()
        latest = self.checkpoints.latest()
        if latest is not None:
            age = self.now() - datetime.fromisoformat(latest.timestamp)
            if latest.tree_size >= self.size() or age < every:
                return None
        return self.checkpoint(signer)

    def latest_checkpoint(self) -> Checkpoint | None:
        return self.checkpoints.latest()

    def signed_checkpoint(self) -> Checkpoint:
        """The latest checkpoint; NotFoundError before the first is signed."""
        latest = self.checkpoints.latest()
        if latest is None:
            raise NotFoundError("no checkpoint has been signed yet")
        return latest

    def leaves(self, start: int, end: int, limit: int = MAX_LEAVES) -> list[Leaf]:
        """Leaves [start, end), at most `limit` of them, with their leaf data."""
        size = self.size()
        if not 0 <= start < end <= size:
            raise LedgerRangeError(f"leaves [{start}, {end}) are not in 0..{size}")
        sealed = self.tree.leaves(start, min(end, start + limit))
        stored = {row[0]: row for row in self.events.by_ids([s[1] for s in sealed])}
        return [Leaf(index, nid, _data(stored.get(nid))) for index, nid, *_ in sealed]

    def inclusion_proof(self, index: int, tree_size: int) -> InclusionProof:
        self._check_size(tree_size)
        if not 0 <= index < tree_size:
            raise LedgerRangeError(f"leaf {index} is not in a tree of {tree_size}")
        ranges = [(index, index + 1), *inclusion_ranges(index, tree_size)]
        leaf, *path = self._hashes(ranges)
        return InclusionProof(index, tree_size, leaf, path)

    def consistency_proof(self, first: int, second: int) -> list[bytes]:
        self._check_size(second)
        if not 0 <= first <= second:
            raise LedgerRangeError(f"no consistency proof from {first} to {second}")
        return self._hashes(consistency_ranges(first, second))

    def _hashes(self, ranges: list[tuple[int, int]]) -> list[bytes]:
        try:
            return self.tree.range_hashes(ranges)
        except KeyError:
            raise SealedTreeDamagedError("a stored subtree is missing") from None

    def _check_size(self, tree_size: int) -> None:
        size = self.size()
        if not 0 <= tree_size <= size:
            raise LedgerRangeError(f"tree size {tree_size} is not in 0..{size}")


def _data(row: StoredRow | None) -> bytes | None:
    return None if row is None else leaf_data(row)
