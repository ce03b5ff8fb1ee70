"""What `verify` reports: findings about events, the sealed tree and checkpoints."""

from __future__ import annotations

from dataclasses import dataclass, field

from application.integrity.leaf import StoredRow, originator_text
from application.integrity.tree import SealedLeaf

EVENT_KINDS = ("changed", "deleted", "inserted", "version_gap")


@dataclass(frozen=True)
class Finding:
    """One way the ledger differs from what was sealed or signed.

    `kind` is one of: changed, deleted, inserted, version_gap (an event);
    tree (the sealed tree's own tables); root, signature, order, consistency,
    against (a checkpoint); unsigned (events, but no valid checkpoint at all).
    `position` orders event findings in the log.
    """

    kind: str
    detail: str
    notification_id: int | None = None
    originator_id: str | None = None
    version: int | None = None
    position: int = -1

    @property
    def about_an_event(self) -> bool:
        return self.kind in EVENT_KINDS

    def describe(self) -> str:
        if self.notification_id is None:
            return f"{self.kind}: {self.detail}"
        return (
            f"{self.kind}: notification {self.notification_id}, originator "
            f"{self.originator_id}, version {self.version}: {self.detail}"
        )


@dataclass
class Report:
    """The outcome of `verify`: intact when nothing was found."""

    events: int = 0
    sealed: int = 0
    checkpoints: int = 0
    latest_size: int | None = None
    findings: list[Finding] = field(default_factory=list)
    checked_sizes: list[int] = field(default_factory=list)  # sizes of signed roots

    @property
    def intact(self) -> bool:
        return not self.findings

    @property
    def first_bad_event(self) -> Finding | None:
        events = [f for f in self.findings if f.about_an_event]
        return min(events, key=lambda f: f.position) if events else None

    @property
    def first(self) -> Finding | None:
        return self.first_bad_event or (self.findings[0] if self.findings else None)


def of_row(kind: str, row: StoredRow, position: int, detail: str) -> Finding:
    return Finding(kind, detail, row[0], originator_text(row[1]), row[2], position)


def of_leaf(kind: str, leaf: SealedLeaf, detail: str) -> Finding:
    index, nid, oid, version, _ = leaf
    return Finding(kind, detail, nid, originator_text(oid), version, index)


def mismatch(position: int, row: StoredRow | None, leaf: SealedLeaf | None) -> Finding:
    """Name the first stored row that differs from the sealed leaf at `position`."""
    if leaf is None:
        return Finding("tree", f"sealed leaf {position} is missing", position=position)
    if row is None:
        return of_leaf("deleted", leaf, f"sealed as leaf {position}, gone from store")
    if row[0] == leaf[1]:
        return of_row("changed", row, position, f"differs from sealed leaf {position}")
    if row[0] < leaf[1]:
        return of_row("inserted", row, position, "stored but never sealed")
    return of_leaf("deleted", leaf, f"sealed as leaf {position}, gone from store")


def first_difference(left: list[bytes], right: list[bytes]) -> int:
    for i, (a, b) in enumerate(zip(left, right, strict=False)):
        if a != b:
            return i
    return min(len(left), len(right))
