"""Verifying against a checkpoint an auditor kept outside the system."""

from __future__ import annotations

from application.case_ledger import CaseLedger
from application.integrity.checkpoint import Checkpoint
from tests.application.integrity.given import (
    OTHER_SIGNER,
    SIGNER,
    event_ids,
    given_cases,
    sql,
)


def given_a_kept_checkpoint(ledger: CaseLedger) -> Checkpoint:
    given_cases(ledger, 2)
    return ledger.seal_and_checkpoint(SIGNER)


def roll_back_to(ledger: CaseLedger, size: int) -> None:
    """An insider deletes the newest events and every trace of them in the tree."""
    keep = event_ids(ledger)[size - 1]
    sql(ledger, "DELETE FROM {events} WHERE {id} > ?", (keep,))
    sql(ledger, "DELETE FROM {leaves} WHERE leaf_index >= ?", (size,))
    sql(ledger, "DELETE FROM {nodes} WHERE (idx + 1) * (1 << level) > ?", (size,))
    sql(
        ledger, "UPDATE {tracking} SET tree_size = ?, notification_id = ?", (size, keep)
    )
    sql(ledger, "DELETE FROM {checkpoints} WHERE tree_size > ?", (size,))


def test_a_ledger_that_grew_still_extends_a_kept_checkpoint(ledger: CaseLedger) -> None:
    kept = given_a_kept_checkpoint(ledger)
    given_cases(ledger, 2)
    ledger.seal_and_checkpoint(SIGNER)

    report = ledger.verify_integrity(SIGNER.public_key, against=kept)

    assert report.intact, report.findings


def test_a_rollback_that_fools_the_internal_check_fails_against_a_kept_one(
    ledger: CaseLedger,
) -> None:
    early = given_a_kept_checkpoint(ledger)
    given_cases(ledger, 2)
    kept = ledger.seal_and_checkpoint(SIGNER)
    roll_back_to(ledger, early.tree_size)

    inside = ledger.verify_integrity(SIGNER.public_key)
    against = ledger.verify_integrity(SIGNER.public_key, against=kept)

    assert inside.intact  # what a signed log alone cannot see
    assert not against.intact
    assert {f.kind for f in against.findings} >= {"root", "consistency"}


def test_a_kept_checkpoint_signed_by_another_key_is_refused(ledger: CaseLedger) -> None:
    given_a_kept_checkpoint(ledger)
    forged = OTHER_SIGNER.sign(3, b"\x01" * 32, ledger.now())

    report = ledger.verify_integrity(SIGNER.public_key, against=forged)

    assert [f.kind for f in report.findings] == ["against"]


def test_a_leaf_table_edited_alone_is_blamed_on_the_tree_not_an_event(
    ledger: CaseLedger,
) -> None:
    given_a_kept_checkpoint(ledger)
    sql(ledger, "UPDATE {leaves} SET leaf_hash = ? WHERE leaf_index = 3", (b"\0" * 32,))

    report = ledger.verify_integrity(SIGNER.public_key)

    assert report.first is not None
    assert report.first.kind == "tree"
    assert report.first_bad_event is None


def test_the_node_table_edited_alone_is_caught_by_its_proofs(
    ledger: CaseLedger,
) -> None:
    given_a_kept_checkpoint(ledger)
    given_cases(ledger, 1)
    ledger.seal_and_checkpoint(SIGNER)
    sql(ledger, "UPDATE {nodes} SET hash = ?", (b"\0" * 32,))

    report = ledger.verify_integrity(SIGNER.public_key)

    assert [f.kind for f in report.findings] == ["consistency"]


def test_a_log_whose_integrity_tables_were_wiped_proves_nothing(
    ledger: CaseLedger,
) -> None:
    given_a_kept_checkpoint(ledger)
    for table in ("leaves", "nodes", "checkpoints", "tracking"):
        sql(ledger, f"DROP TABLE {{{table}}}")
    ledger.create_tables()

    report = ledger.verify_integrity(SIGNER.public_key)

    assert [f.kind for f in report.findings] == ["unsigned"]
