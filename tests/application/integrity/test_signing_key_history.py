"""Signing-key rotation: verification by a published history of keys and ranges.

The ledger signs with SIGNER, then rotates to NEW_SIGNER: new checkpoints carry
the new key. `verify` with the published history accepts both keys, each
within its range, and reports any checkpoint signed outside it as forged.
"""

from __future__ import annotations

import json
import os

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Signer
from application.integrity.key_history import KeyHistory
from tests.application.integrity.given import OTHER_SIGNER, SIGNER, given_cases

NEW_SIGNER = Signer(os.urandom(32))


def given_a_rotated_signing_key(ledger: CaseLedger) -> KeyHistory:
    """Two checkpoints by the old key, two by the new; the history published."""
    for signer in (SIGNER, SIGNER, NEW_SIGNER, NEW_SIGNER):
        given_cases(ledger, 1)
        ledger.seal_and_checkpoint(signer)
    published = ledger.signing_key_history(NEW_SIGNER.public_key).to_json()
    return KeyHistory.from_json(json.loads(json.dumps(published)))


def test_verify_passes_across_a_signing_key_rotation(ledger: CaseLedger) -> None:
    history = given_a_rotated_signing_key(ledger)

    report = ledger.verify_integrity(NEW_SIGNER.public_key, history=history)

    assert report.intact, [f.describe() for f in report.findings]
    assert report.checkpoints == 4
    assert [k.public_key for k in history.keys] == [
        SIGNER.public_key,
        NEW_SIGNER.public_key,
    ]
    assert history.keys[0].last is not None
    assert history.keys[1].last is None  # the key signing today


def test_without_the_history_the_old_keys_checkpoints_do_not_verify(
    ledger: CaseLedger,
) -> None:
    given_a_rotated_signing_key(ledger)

    report = ledger.verify_integrity(NEW_SIGNER.public_key)

    assert not report.intact
    assert {f.kind for f in report.findings} == {"signature"}


def test_a_checkpoint_signed_by_a_key_outside_the_history_fails(
    ledger: CaseLedger,
) -> None:
    history = given_a_rotated_signing_key(ledger)
    given_cases(ledger, 1)
    ledger.seal_and_checkpoint(OTHER_SIGNER)  # an insider's own key

    report = ledger.verify_integrity(NEW_SIGNER.public_key, history=history)

    assert not report.intact
    (finding,) = report.findings
    assert finding.kind == "signature"
    assert "published history" in finding.describe()


def test_the_old_key_signing_after_its_range_is_reported(ledger: CaseLedger) -> None:
    history = given_a_rotated_signing_key(ledger)
    given_cases(ledger, 1)
    ledger.seal_and_checkpoint(SIGNER)  # the retired key, used again

    report = ledger.verify_integrity(NEW_SIGNER.public_key, history=history)

    assert [f.kind for f in report.findings] == ["signature"]


def test_the_stored_history_agrees_with_the_published_one(ledger: CaseLedger) -> None:
    published = given_a_rotated_signing_key(ledger)
    given_cases(ledger, 1)
    ledger.seal_and_checkpoint(NEW_SIGNER)

    stored = ledger.signing_key_history(NEW_SIGNER.public_key)

    assert stored.disagreements(published) == []
    assert stored.disagreements(KeyHistory(published.keys[::-1])) != []
