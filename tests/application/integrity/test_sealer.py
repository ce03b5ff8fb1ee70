"""The sealer on both stores: leaves, stored subtrees, proofs and checkpoints."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from application.case_ledger import CaseLedger
from application.integrity.errors import LedgerRangeError
from application.integrity.leaf import hash_rows
from application.integrity.merkle import (
    leaf_hash,
    merkle_root,
    verify_consistency,
    verify_inclusion,
)
from interfaces.config import Settings
from tests.application.integrity.given import SIGNER, event_ids, given_cases


def served_leaf_hashes(ledger: CaseLedger) -> list[bytes]:
    size = ledger.integrity.size()
    return [leaf_hash(leaf.data or b"") for leaf in ledger.integrity.leaves(0, size)]


def test_sealing_makes_one_leaf_per_stored_event_in_notification_order(
    ledger: CaseLedger,
) -> None:
    given_cases(ledger)

    sealed = ledger.integrity.seal_pending(batch=7)

    assert sealed == len(event_ids(ledger)) == ledger.integrity.size()
    leaves = ledger.integrity.leaves(0, sealed)
    assert [leaf.notification_id for leaf in leaves] == event_ids(ledger)
    assert ledger.integrity.seal_pending() == 0


def test_the_stored_tree_answers_the_same_roots_and_proofs_as_the_rfc(
    ledger: CaseLedger,
) -> None:
    given_cases(ledger, 2)
    ledger.integrity.seal_pending(batch=5)
    given_cases(ledger, 1)
    ledger.integrity.seal_pending(batch=3)

    hashes = served_leaf_hashes(ledger)

    n = len(hashes)
    for size in range(n + 1):
        root = ledger.integrity.root(size)
        assert root == merkle_root(hashes[:size])
        steps = ledger.integrity.consistency_proof(size, n)
        assert verify_consistency(size, n, root, merkle_root(hashes), steps)
    for index in range(n):
        proof = ledger.integrity.inclusion_proof(index, n)
        assert proof.leaf_hash == hashes[index]
        assert verify_inclusion(
            index, n, hashes[index], proof.path, merkle_root(hashes)
        )


def test_a_leaf_commits_to_the_stored_ciphertext_not_the_decoded_event(
    ledger: CaseLedger,
) -> None:
    given_cases(ledger, 1)
    ledger.integrity.seal_pending()

    first = ledger.integrity.leaves(0, 1)[0]

    rows = ledger.integrity.events.by_ids([first.notification_id])
    assert first.data is not None
    assert rows[0][4] in first.data  # the stored state bytes, as they are
    assert hash_rows(rows) == [leaf_hash(first.data)]


def test_sealers_running_together_seal_every_event_once(settings: Settings) -> None:
    ledgers = [settings.build_ledger() for _ in range(3)]
    given_cases(ledgers[0], 3)

    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(lambda led: led.integrity.seal_pending(batch=4), ledgers))

    ids = event_ids(ledgers[0])
    leaves = ledgers[1].integrity.leaves(0, ledgers[1].integrity.size())
    assert [leaf.notification_id for leaf in leaves] == ids
    for each in ledgers:
        each.close()


def test_a_checkpoint_is_due_only_when_the_tree_grew_and_time_passed(
    ledger: CaseLedger,
) -> None:
    first = ledger.integrity.checkpoint_if_due(SIGNER, timedelta(0))

    unchanged = ledger.integrity.checkpoint_if_due(SIGNER, timedelta(0))
    given_cases(ledger, 1)
    too_soon = ledger.integrity.checkpoint_if_due(SIGNER, timedelta(hours=1))
    grown = ledger.integrity.checkpoint_if_due(SIGNER, timedelta(0))

    assert first is not None
    assert unchanged is None
    assert too_soon is None
    assert grown is not None
    assert grown.tree_size > first.tree_size
    assert ledger.integrity.signed_checkpoint() == grown


@pytest.mark.parametrize(
    ("start", "end"), [(-1, 2), (3, 3), (5, 2), (0, 10_000)], ids=str
)
def test_leaves_outside_the_sealed_log_are_refused(
    ledger: CaseLedger, start: int, end: int
) -> None:
    ledger.integrity.seal_pending()

    with pytest.raises(LedgerRangeError):
        ledger.integrity.leaves(start, end)


def test_proofs_for_trees_larger_than_the_sealed_one_are_refused(
    ledger: CaseLedger,
) -> None:
    size = ledger.integrity.seal_pending()

    with pytest.raises(LedgerRangeError):
        ledger.integrity.inclusion_proof(0, size + 1)
    with pytest.raises(LedgerRangeError):
        ledger.integrity.consistency_proof(size, size + 1)
    with pytest.raises(LedgerRangeError):
        ledger.integrity.inclusion_proof(size, size)


def test_a_page_of_leaves_is_bounded(ledger: CaseLedger) -> None:
    given_cases(ledger, 1)
    size = ledger.integrity.seal_pending()

    page = ledger.integrity.leaves(1, size, limit=4)

    assert [leaf.index for leaf in page] == [1, 2, 3, 4]
