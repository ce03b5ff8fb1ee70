"""`verify` catches every kind of tampering, on SQLite and PostgreSQL.

Each test tampers with plain SQL, as an administrator with database access
would, and expects verification to fail naming the first bad event.
"""

from __future__ import annotations

from application.case_ledger import CaseLedger
from application.integrity.findings import Finding
from application.integrity.leaf import originator_text
from tests.application.integrity.given import (
    OTHER_SIGNER,
    SIGNER,
    event_ids,
    given_checkpointed_ledger,
    sql,
    state_of,
)


def first_bad(ledger: CaseLedger) -> Finding:
    report = ledger.verify_integrity(SIGNER.public_key)
    assert not report.intact
    assert report.first is not None
    return report.first


def test_an_untouched_ledger_verifies_intact(ledger: CaseLedger) -> None:
    given_checkpointed_ledger(ledger)

    report = ledger.verify_integrity(SIGNER.public_key)

    assert report.intact, report.findings
    assert report.events == report.sealed == len(event_ids(ledger))
    assert report.checkpoints == 2


def test_one_changed_byte_of_a_stored_state_names_that_event(
    ledger: CaseLedger,
) -> None:
    given_checkpointed_ledger(ledger)
    target = event_ids(ledger)[20]
    state = bytearray(state_of(ledger, target))
    state[len(state) // 2] ^= 0x01
    sql(ledger, "UPDATE {events} SET state = ? WHERE {id} = ?", (bytes(state), target))

    finding = first_bad(ledger)

    assert (finding.kind, finding.notification_id) == ("changed", target)


def test_a_deleted_row_in_the_middle_names_the_missing_event(
    ledger: CaseLedger,
) -> None:
    given_checkpointed_ledger(ledger)
    target = event_ids(ledger)[20]
    sql(ledger, "DELETE FROM {events} WHERE {id} = ?", (target,))

    finding = first_bad(ledger)

    assert (finding.kind, finding.notification_id) == ("deleted", target)


def test_a_deleted_last_row_is_caught_though_the_tree_remembers_it(
    ledger: CaseLedger,
) -> None:
    given_checkpointed_ledger(ledger)
    last = event_ids(ledger)[-1]
    sql(ledger, "DELETE FROM {events} WHERE {id} = ?", (last,))

    finding = first_bad(ledger)

    assert (finding.kind, finding.notification_id) == ("deleted", last)


def test_two_rows_with_their_contents_swapped_are_caught(ledger: CaseLedger) -> None:
    given_checkpointed_ledger(ledger)
    a, b = event_ids(ledger)[19:21]
    state_a, state_b = state_of(ledger, a), state_of(ledger, b)
    sql(ledger, "UPDATE {events} SET state = ? WHERE {id} = ?", (state_b, a))
    sql(ledger, "UPDATE {events} SET state = ? WHERE {id} = ?", (state_a, b))

    finding = first_bad(ledger)

    assert (finding.kind, finding.notification_id) == ("changed", a)


def test_rows_put_in_another_order_are_caught(ledger: CaseLedger) -> None:
    given_checkpointed_ledger(ledger)
    a, b = event_ids(ledger)[19:21]
    move = "UPDATE {events} SET {id} = ? WHERE {id} = ?"
    sql(ledger, move, (-5, a))
    sql(ledger, move, (a, b))
    sql(ledger, move, (b, -5))

    finding = first_bad(ledger)

    assert (finding.kind, finding.notification_id) == ("changed", a)


def test_an_inserted_row_is_named_as_never_sealed(ledger: CaseLedger) -> None:
    given_checkpointed_ledger(ledger)
    first = event_ids(ledger)[0]
    copied = sql(ledger, "SELECT topic, state FROM {events} WHERE {id} = ?", (first,))
    oid = "0123456789abcdef0123456789abcdef"
    sql(
        ledger,
        "INSERT INTO {events} ({id}, originator_id, originator_version, topic, state) "
        "VALUES (0, ?, 1, ?, ?)",
        (oid, copied[0][0], bytes(copied[0][1])),
    )

    finding = first_bad(ledger)

    assert (finding.kind, finding.notification_id) == ("inserted", 0)
    assert finding.originator_id == originator_text(bytes.fromhex(oid))


def test_a_replaced_checkpoint_is_caught_by_its_signature(ledger: CaseLedger) -> None:
    given_checkpointed_ledger(ledger)
    forged = OTHER_SIGNER.sign(3, b"\x00" * 32, ledger.now())
    sql(
        ledger,
        "UPDATE {checkpoints} SET root = ?, signature = ?, public_key = ?",
        (forged.root, forged.signature, forged.public_key),
    )

    finding = first_bad(ledger)

    assert finding.kind == "signature"


def test_a_checkpoint_with_only_its_root_changed_is_caught(ledger: CaseLedger) -> None:
    given_checkpointed_ledger(ledger)
    sql(ledger, "UPDATE {checkpoints} SET root = ?", (b"\x00" * 32,))

    finding = first_bad(ledger)

    assert finding.kind == "signature"


def test_a_hole_in_an_aggregates_versions_is_named_even_before_sealing(
    ledger: CaseLedger,
) -> None:
    given_checkpointed_ledger(ledger)
    rows = sql(ledger, "SELECT {id}, originator_id FROM {events} ORDER BY {id}")
    nid, oid = rows[-1]
    sql(
        ledger,
        "INSERT INTO {events} (originator_id, originator_version, topic, state) "
        "VALUES (?, 99, 'x', ?)",
        (oid, b"forged"),
    )

    finding = first_bad(ledger)

    assert finding.kind == "version_gap"
    assert finding.version == 99
    assert finding.notification_id is not None
    assert finding.notification_id > nid
