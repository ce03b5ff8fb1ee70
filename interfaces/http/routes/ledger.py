"""GET /v1/ledger/…: the signed checkpoint, leaves and RFC 9162 proofs (auditors).

With only these routes and RFC 9162 an auditor can recompute the checkpoint's
root from the leaves and check every proof (docs/integrity.md). Hashes and
leaf data are standard base64.
"""

from __future__ import annotations

import base64
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from application.integrity.checkpoint import Checkpoint
from application.integrity.log import Leaf
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger

router = APIRouter(prefix="/v1/ledger", tags=["ledger"])
Auditor = Annotated[Actor, allowed(Action.READ_AUDIT_TRAIL)]
Count = Annotated[int, Query(ge=0, le=2**62)]


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


class CheckpointResponse(BaseModel):
    tree_size: int
    root: str = Field(description="MTH of the first tree_size leaves, base64")
    timestamp: str
    signature: str = Field(description="Ed25519 over `body`, base64")
    public_key: str = Field(description="Ed25519 public key (raw 32 bytes), base64")
    body: str = Field(description="the exact signed text")

    @classmethod
    def of(cls, checkpoint: Checkpoint) -> CheckpointResponse:
        return cls.model_validate(checkpoint.to_json())


class LeafResponse(BaseModel):
    index: int
    notification_id: int
    data: str | None = Field(description="canonical leaf data, base64; null if gone")

    @classmethod
    def of(cls, leaf: Leaf) -> LeafResponse:
        data = None if leaf.data is None else b64(leaf.data)
        return cls(index=leaf.index, notification_id=leaf.notification_id, data=data)


class InclusionResponse(BaseModel):
    index: int
    tree_size: int
    leaf_hash: str
    audit_path: list[str]


class ConsistencyResponse(BaseModel):
    first: int
    second: int
    proof: list[str]


@router.get("/checkpoint", responses={404: {"description": "no checkpoint yet"}})
def read_checkpoint(_: Auditor, ledger: Ledger) -> CheckpointResponse:
    """The latest signed checkpoint; pin its public key out of band."""
    return CheckpointResponse.of(ledger.integrity.signed_checkpoint())


@router.get("/leaves")
def list_ledger_leaves(
    _: Auditor, ledger: Ledger, start: Count, end: Count
) -> list[LeafResponse]:
    """Leaves [start, end) of the sealed log: at most 1000 per answer.

    A shorter answer is a page: ask again from the next index.
    """
    return [LeafResponse.of(leaf) for leaf in ledger.integrity.leaves(start, end)]


@router.get("/proofs/inclusion")
def inclusion_proof(
    _: Auditor, ledger: Ledger, index: Count, tree_size: Count
) -> InclusionResponse:
    """PATH(index, D[tree_size]) of RFC 9162 §2.1.3."""
    proof = ledger.integrity.inclusion_proof(index, tree_size)
    path = [b64(h) for h in proof.path]
    return InclusionResponse(
        index=index,
        tree_size=tree_size,
        leaf_hash=b64(proof.leaf_hash),
        audit_path=path,
    )


@router.get("/proofs/consistency")
def consistency_proof(
    _: Auditor, ledger: Ledger, first: Count, second: Count
) -> ConsistencyResponse:
    """PROOF(first, D[second]) of RFC 9162 §2.1.4."""
    proof = ledger.integrity.consistency_proof(first, second)
    return ConsistencyResponse(
        first=first, second=second, proof=[b64(h) for h in proof]
    )
