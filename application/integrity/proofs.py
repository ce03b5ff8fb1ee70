"""Each event of one aggregate against the latest signed checkpoint (包含証明).

What a case's timeline shows beside each event: is it sealed as a leaf yet,
and does its leaf — recomputed from the stored row, not read back from the
leaves table — sit under the checkpoint's signed root by its RFC 9162
inclusion proof? A checkpoint counts only when its signature verifies under
the key the caller trusts (the service's own signing key).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from application.integrity.checkpoint import Checkpoint
from application.integrity.leaf import leaf_data, originator_bytes
from application.integrity.log import IntegrityLog
from application.integrity.merkle import leaf_hash, verify_inclusion

_LEAVES_OF = (
    "SELECT leaf_index, notification_id, originator_version FROM {leaves} "
    "WHERE originator_id = ? ORDER BY leaf_index"
)


class ProofState(StrEnum):
    """Where one event stands in the integrity log."""

    PROVEN = "proven"  # under the signed root: 証明済み
    SEALED = "sealed"  # a leaf, but no signed checkpoint covers it yet
    PENDING = "pending"  # not sealed yet (the sealer runs every minute)
    FAILED = "failed"  # the stored row or the proof does not match: 不一致


@dataclass(frozen=True)
class EventProof:
    """One event's state, and the leaf and tree it was checked in."""

    version: int
    state: ProofState
    leaf_index: int | None = None
    tree_size: int | None = None


def event_proofs(
    log: IntegrityLog, originator_id: UUID, trusted_key: bytes | None
) -> dict[int, EventProof]:
    """The proof state of each sealed event of the aggregate, by version.

    Versions absent from the answer are not sealed yet (PENDING).
    """
    checkpoint = _trusted(log.checkpoints.latest(), trusted_key)
    with log.store.read() as tx:
        sql = log.store.sql(_LEAVES_OF)
        leaves = tx.rows(sql, (originator_bytes(originator_id),))
    stored = {row[0]: row for row in log.events.by_ids([int(n) for _, n, _ in leaves])}
    proofs: dict[int, EventProof] = {}
    for index, nid, version in leaves:
        row = stored.get(int(nid))
        value = None if row is None else leaf_hash(leaf_data(row))
        proofs[int(version)] = _state(log, checkpoint, int(index), int(version), value)
    return proofs


def _trusted(checkpoint: Checkpoint | None, key: bytes | None) -> Checkpoint | None:
    if checkpoint is None or key is None or not checkpoint.is_signed_by(key):
        return None
    return checkpoint


def _state(
    log: IntegrityLog,
    checkpoint: Checkpoint | None,
    index: int,
    version: int,
    value: bytes | None,
) -> EventProof:
    if value is None:
        return EventProof(version, ProofState.FAILED, index)  # the row is gone
    if checkpoint is None or index >= checkpoint.tree_size:
        return EventProof(version, ProofState.SEALED, index)
    size = checkpoint.tree_size
    proof = log.inclusion_proof(index, size)
    holds = verify_inclusion(index, size, value, proof.path, checkpoint.root)
    state = ProofState.PROVEN if holds else ProofState.FAILED
    return EventProof(version, state, index, size)
