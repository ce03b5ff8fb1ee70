"""`jusou audit verify`: recompute the log from the stored rows and check it.

One pass over every stored event, in notification order and in large
batches: each row's leaf hash is recomputed and compared with the sealed leaf
at the same position, the tree is rebuilt iteratively to compare its root with
every signed checkpoint (which proves each one consistent with the next), and
each aggregate's versions must run 1, 2, … without a hole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from application.integrity.checkpoint import Checkpoint
from application.integrity.compact import Roots
from application.integrity.findings import (
    Finding,
    Report,
    first_difference,
    mismatch,
    of_row,
)
from application.integrity.leaf import StoredRow, hash_rows
from application.integrity.log import IntegrityLog
from application.integrity.merkle import EMPTY_ROOT
from application.integrity.signed import Trust, check_signed

Progress = Callable[[int, int], None]
BATCH = 20_000


class Audit:
    """One verification run; `run()` returns its report."""

    def __init__(
        self,
        log: IntegrityLog,
        trust: Trust,
        against: Checkpoint | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.log, self.trust, self.against = log, trust, against
        self.progress = progress or _quiet
        self.report = Report(sealed=log.size())
        self.roots = Roots()
        self.versions: dict[bytes, int] = {}
        self.leaf_finding: Finding | None = None
        self.gap: Finding | None = None

    def run(self) -> Report:
        targets = check_signed(self.log, self.trust, self.against, self.report)
        self.targets = sorted(targets, key=lambda t: t.size)
        self._check_targets_at(0, EMPTY_ROOT)
        total = self.log.events.count()
        for rows in self.log.events.stream(BATCH):
            self._batch(rows)
            self.progress(self.report.events, total)
        self._after_scan()
        return self.report

    def _batch(self, rows: list[StoredRow]) -> None:
        position = self.report.events
        hashes = hash_rows(rows)
        if self.leaf_finding is None:
            self._compare_leaves(position, rows, hashes)
        self._grow(position, hashes)
        if self.gap is None:
            self._check_versions(position, rows)
        self.report.events = position + len(rows)

    def _compare_leaves(
        self, position: int, rows: list[StoredRow], hashes: list[bytes]
    ) -> None:
        count = max(0, min(len(rows), self.report.sealed - position))
        if not count:
            return
        sealed = self.log.tree.leaf_hashes(position, position + count)
        if sealed != hashes[:count]:
            at = first_difference(sealed, hashes[:count])
            self.leaf_finding = self._mismatch(position + at, rows[at])

    def _mismatch(self, position: int, row: StoredRow | None) -> Finding:
        leaves = self.log.tree.leaves(position, position + 1)
        return mismatch(position, row, leaves[0] if leaves else None)

    def _grow(self, position: int, hashes: Sequence[bytes]) -> None:
        done = 0
        end = position + len(hashes)
        while self.targets and self.targets[0].size <= end:
            size = self.targets[0].size
            self.roots.append(hashes[done : size - position])
            done = size - position
            self._check_targets_at(size, self.roots.root())
        self.roots.append(hashes[done:])

    def _check_targets_at(self, size: int, root: bytes) -> None:
        while self.targets and self.targets[0].size == size:
            target = self.targets.pop(0)
            if target.root != root:
                detail = f"the first {size} stored events do not hash to {target.label}"
                self.report.findings.append(Finding("root", detail))

    def _check_versions(self, position: int, rows: list[StoredRow]) -> None:
        versions = self.versions
        for offset, row in enumerate(rows):
            expected = versions.get(row[1], 0) + 1
            if row[2] != expected:
                detail = f"version {expected} was expected: a hole in the history"
                self.gap = of_row("version_gap", row, position + offset, detail)
                return
            versions[row[1]] = expected

    def _after_scan(self) -> None:
        stored = self.report.events
        if self.leaf_finding is None and stored < self.report.sealed:
            self.leaf_finding = self._mismatch(stored, None)
        for target in self.targets:
            detail = f"the store holds {stored} events; {target.label} covers more"
            self.report.findings.append(Finding("root", detail))
        if stored and not self.report.checkpoints:
            detail = f"{stored} stored events and no valid signed checkpoint"
            self.report.findings.append(Finding("unsigned", detail))
        self._classify()

    def _classify(self) -> None:
        found = self.report.findings
        leaf = self.leaf_finding
        if (
            leaf is not None
            and leaf.about_an_event
            and not found
            and self._covered(leaf)
        ):
            # Every signed root matches the stored events: the leaf table was edited.
            leaf = Finding("tree", f"sealed leaf {leaf.position} was altered")
        found[:0] = [f for f in (leaf, self.gap) if f is not None]

    def _covered(self, finding: Finding) -> bool:
        return any(c > finding.position for c in self.report.checked_sizes)


def _quiet(_done: int, _total: int) -> None:
    return None
