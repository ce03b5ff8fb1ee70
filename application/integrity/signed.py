"""The checkpoints `verify` trusts: signed by the ledger's key, in order."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from application.integrity.checkpoint import Checkpoint
from application.integrity.errors import LedgerRangeError, SealedTreeDamagedError
from application.integrity.findings import Finding, Report
from application.integrity.log import IntegrityLog
from application.integrity.merkle import verify_consistency


@dataclass(frozen=True)
class Target:
    """A signed root the stored events must reproduce at `size`."""

    size: int
    root: bytes
    label: str


class Trust(Protocol):
    """Which signed checkpoints verification accepts."""

    describe: str

    def trusts(self, checkpoint: Checkpoint) -> bool: ...


@dataclass(frozen=True)
class OneKey:
    """The ledger's one signing key: every checkpoint signed by it."""

    public_key: bytes
    describe = "the ledger's key"

    def trusts(self, checkpoint: Checkpoint) -> bool:
        key = self.public_key
        return checkpoint.public_key == key and checkpoint.is_signed_by(key)


def check_signed(
    log: IntegrityLog, trust: Trust, against: Checkpoint | None, report: Report
) -> list[Target]:
    """Verify every stored checkpoint (and the auditor's); return their roots."""
    stored = log.checkpoints.all()
    good = [c for c in stored if _signed(c, trust, report, "checkpoint")]
    _check_order(good, report)
    report.checkpoints = len(good)
    report.latest_size = good[-1].tree_size if good else None
    targets = [
        Target(c.tree_size, c.root, f"the checkpoint of {c.timestamp}") for c in good
    ]
    if against is not None and _signed(against, trust, report, "against"):
        targets.append(Target(against.tree_size, against.root, "the kept checkpoint"))
        if good:
            _check_proof(log, against, good[-1], report)
    if len(good) > 1:
        _check_proof(log, good[-2], good[-1], report)
    report.checked_sizes = [t.size for t in targets]
    return targets


def _signed(checkpoint: Checkpoint, trust: Trust, report: Report, kind: str) -> bool:
    if trust.trusts(checkpoint):
        return True
    detail = (
        f"the checkpoint of {checkpoint.timestamp} (size {checkpoint.tree_size}) "
        f"is not signed by {trust.describe}: replaced or forged"
    )
    report.findings.append(
        Finding("signature" if kind == "checkpoint" else kind, detail)
    )
    return False


def _check_order(good: list[Checkpoint], report: Report) -> None:
    for earlier, later in pairwise(good):
        if later.tree_size < earlier.tree_size:
            detail = (
                f"the checkpoint of {later.timestamp} signs {later.tree_size} leaves, "
                f"fewer than {earlier.tree_size} before it: the log shrank"
            )
            report.findings.append(Finding("order", detail))


def _check_proof(
    log: IntegrityLog, old: Checkpoint, new: Checkpoint, report: Report
) -> None:
    """The stored subtrees must prove `new` extends `old` (what REST serves)."""
    try:
        proof = log.consistency_proof(old.tree_size, new.tree_size)
    except (LedgerRangeError, SealedTreeDamagedError) as exc:
        report.findings.append(Finding("consistency", str(exc)))
        return
    if not verify_consistency(old.tree_size, new.tree_size, old.root, new.root, proof):
        detail = (
            f"the sealed tree does not prove the checkpoint of {new.timestamp} "
            f"extends the one of {old.timestamp}"
        )
        report.findings.append(Finding("consistency", detail))
