"""Long cases load from snapshots, and a snapshot changes nothing."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.case_ledger import CaseLedger
from domain.case import Case
from tests.application.given import INTAKE_WORKER, a_consent_form, given_opened_case


def replay_without_snapshots(ledger: CaseLedger, case_id: UUID) -> Case:
    case: Case | None = None
    for event in ledger.events.get(case_id):
        case = event.mutate(case)  # type: ignore[attr-defined]
    assert case is not None
    return case


def test_a_long_case_is_snapshotted_and_loads_the_same_as_a_full_replay(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    for _ in range(60):
        consent_id, _ = ledger.grant_consent(
            INTAKE_WORKER, opened.case_id, a_consent_form()
        )
    ledger.withdraw_consent(
        INTAKE_WORKER, opened.case_id, consent_id, date(2026, 6, 1), "撤回"
    )

    from_snapshot = ledger.get_case(opened.case_id)

    assert ledger.snapshots is not None
    snapshots = list(ledger.snapshots.get(opened.case_id))
    assert [s.originator_version for s in snapshots] == [50]
    assert vars(replay_without_snapshots(ledger, opened.case_id)) == vars(from_snapshot)
    assert from_snapshot.version == 62
