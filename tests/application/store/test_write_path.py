"""The write path's short cuts change no answer (docs/benchmarks.md).

A command reads the agency registry as a copy kept in memory and brought up
to date with one query; a snapshot due in a save is taken from the aggregate
in hand. Both must give exactly what a full reload gives, across processes.
"""

from __future__ import annotations

from uuid import uuid4

import pytest

from application.access.actor import Actor
from application.case_ledger import CaseLedger
from application.store.loading import replay
from domain.errors import UnknownAgencyError
from interfaces.config import Settings
from tests.application.given import INTAKE_WORKER, a_consent_form, given_opened_case

REGISTRAR = Actor(uuid4(), "fukushi_ka", "administrator")


def test_a_registry_change_by_another_process_binds_the_next_command(
    ledger: CaseLedger, settings: Settings
) -> None:
    opened = given_opened_case(ledger)
    ledger.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form(("shakyo",)))
    other_process = settings.build_ledger()
    other_process.deactivate_agency(REGISTRAR, "shakyo", ledger.today(), "統合")
    other_process.close()

    with pytest.raises(UnknownAgencyError):
        ledger.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form(("shakyo",)))


def test_a_snapshot_taken_in_a_save_is_the_state_a_full_replay_gives(
    ledger: CaseLedger,
) -> None:
    opened = given_opened_case(ledger)
    for _ in range(49):
        ledger.grant_consent(INTAKE_WORKER, opened.case_id, a_consent_form())

    assert ledger.snapshots is not None
    (snapshot,) = ledger.snapshots.get(opened.case_id)
    from_snapshot = snapshot.mutate(None)  # type: ignore[attr-defined]
    replayed = replay(None, ledger.events.get(opened.case_id))
    assert snapshot.originator_version == 50
    assert vars(from_snapshot) == vars(replayed)
