"""GET /v1/ledger/…: an auditor with only this API and RFC 9162 checks the log.

The recomputation here uses the tests' own naive RFC 9162 tree and the
`cryptography` package directly, not the service's code.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from application.integrity.merkle import verify_consistency, verify_inclusion
from tests.application.integrity import naive
from tests.application.integrity.given import SIGNER
from tests.interfaces.given_api import (
    AUDITOR,
    OWNER,
    Api,
    given_consented_case,
    problem,
)


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


def given_checkpoint(api: Api) -> dict[str, Any]:
    given_consented_case(api)
    api.ledger.seal_and_checkpoint(SIGNER)
    response = api.get("/v1/ledger/checkpoint", AUDITOR)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def all_leaf_hashes(api: Api, size: int) -> list[bytes]:
    hashes: list[bytes] = []
    while len(hashes) < size:
        page = api.get(
            "/v1/ledger/leaves", AUDITOR, start=str(len(hashes)), end=str(size)
        )
        assert page.status_code == 200
        hashes += [naive.leaf(unb64(leaf["data"])) for leaf in page.json()]
    return hashes


def test_an_auditor_recomputes_the_signed_root_from_the_served_leaves(
    api: Api,
) -> None:
    checkpoint = given_checkpoint(api)

    hashes = all_leaf_hashes(api, checkpoint["tree_size"])

    assert naive.mth(hashes) == unb64(checkpoint["root"])
    key = Ed25519PublicKey.from_public_bytes(unb64(checkpoint["public_key"]))
    key.verify(unb64(checkpoint["signature"]), checkpoint["body"].encode())
    assert checkpoint["body"].split("\n")[1:3] == [
        str(checkpoint["tree_size"]),
        checkpoint["root"],
    ]


def test_every_served_inclusion_proof_verifies_against_the_signed_root(
    api: Api,
) -> None:
    checkpoint = given_checkpoint(api)
    size, root = checkpoint["tree_size"], unb64(checkpoint["root"])
    hashes = all_leaf_hashes(api, size)

    proofs = [
        api.get(
            "/v1/ledger/proofs/inclusion", AUDITOR, index=str(i), tree_size=str(size)
        ).json()
        for i in range(size)
    ]

    for i, proof in enumerate(proofs):
        path = [unb64(p) for p in proof["audit_path"]]
        assert unb64(proof["leaf_hash"]) == hashes[i]
        assert verify_inclusion(i, size, hashes[i], path, root)


def test_a_served_consistency_proof_links_two_signed_checkpoints(api: Api) -> None:
    old = given_checkpoint(api)
    new = given_checkpoint(api)

    response = api.get(
        "/v1/ledger/proofs/consistency",
        AUDITOR,
        first=str(old["tree_size"]),
        second=str(new["tree_size"]),
    )

    proof = [unb64(p) for p in response.json()["proof"]]
    old_root, new_root = unb64(old["root"]), unb64(new["root"])
    assert verify_consistency(
        old["tree_size"], new["tree_size"], old_root, new_root, proof
    )


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/ledger/leaves", {"start": "5", "end": "2"}),
        ("/v1/ledger/leaves", {"start": "0", "end": str(2**40)}),
        ("/v1/ledger/proofs/inclusion", {"index": "0", "tree_size": str(2**40)}),
        ("/v1/ledger/proofs/inclusion", {"index": "9", "tree_size": "3"}),
        ("/v1/ledger/proofs/consistency", {"first": "4", "second": "2"}),
        ("/v1/ledger/proofs/consistency", {"first": "0", "second": str(2**40)}),
    ],
    ids=lambda v: "-".join(v) if isinstance(v, dict) else v.rsplit("/", 1)[-1],
)
def test_a_range_outside_the_sealed_log_is_a_422_problem(
    api: Api, path: str, params: dict[str, str]
) -> None:
    given_checkpoint(api)

    response = api.get(path, AUDITOR, **params)

    assert problem(response) == (422, "ledger_range")


@pytest.mark.parametrize(
    "params",
    [{"start": "-1", "end": "2"}, {"start": "a", "end": "2"}, {"end": "2"}],
    ids=["negative", "not-a-number", "missing"],
)
def test_malformed_numbers_are_a_422_problem(api: Api, params: dict[str, str]) -> None:
    response = api.get("/v1/ledger/leaves", AUDITOR, **params)

    assert problem(response) == (422, "invalid_request")


def test_the_ledger_is_for_auditors_only(api: Api) -> None:
    response = api.get("/v1/ledger/checkpoint", OWNER)
    anonymous = api.client.get("/v1/ledger/checkpoint")

    assert problem(response) == (403, "forbidden")
    assert problem(anonymous) == (401, "authentication")
