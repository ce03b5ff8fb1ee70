"""Each event of a case against the signed checkpoint (the timeline's proofs)."""

from __future__ import annotations

from application.case_ledger import CaseLedger
from application.integrity.proofs import ProofState, event_proofs
from tests.application.given import given_case_with_consent
from tests.application.integrity.given import OTHER_SIGNER, SIGNER, sql, stored_id


def states(ledger: CaseLedger, case_id: object, key: bytes) -> dict[int, str]:
    proofs = event_proofs(ledger.integrity, case_id, key)  # type: ignore[arg-type]
    return {version: proof.state.value for version, proof in proofs.items()}


def test_events_under_a_signed_checkpoint_are_proven(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    ledger.seal_and_checkpoint(SIGNER)

    proofs = event_proofs(ledger.integrity, opened.case_id, SIGNER.public_key)

    assert {v: p.state for v, p in proofs.items()} == {
        1: ProofState.PROVEN,
        2: ProofState.PROVEN,
    }
    assert all(p.tree_size == ledger.integrity.size() for p in proofs.values())


def test_events_not_sealed_yet_are_absent_then_sealed_before_a_checkpoint(
    ledger: CaseLedger,
) -> None:
    opened, _ = given_case_with_consent(ledger)
    before = states(ledger, opened.case_id, SIGNER.public_key)
    ledger.integrity.seal_pending()

    after = states(ledger, opened.case_id, SIGNER.public_key)

    assert before == {}  # the page shows them as 未封印
    assert after == {1: "sealed", 2: "sealed"}


def test_a_checkpoint_signed_by_another_key_proves_nothing(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    ledger.seal_and_checkpoint(OTHER_SIGNER)

    found = states(ledger, opened.case_id, SIGNER.public_key)

    assert found == {1: "sealed", 2: "sealed"}


def test_a_changed_stored_event_fails_its_proof(ledger: CaseLedger) -> None:
    opened, _ = given_case_with_consent(ledger)
    ledger.seal_and_checkpoint(SIGNER)
    where = "WHERE originator_id = ? AND originator_version = 2"
    case = stored_id(ledger, opened.case_id)
    (state,) = sql(ledger, f"SELECT state FROM {{events}} {where}", (case,))[0]
    changed = bytearray(bytes(state))
    changed[len(changed) // 2] ^= 0x01
    sql(ledger, f"UPDATE {{events}} SET state = ? {where}", (bytes(changed), case))

    found = states(ledger, opened.case_id, SIGNER.public_key)

    assert found == {1: "proven", 2: "failed"}
