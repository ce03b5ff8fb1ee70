"""A Person snapshot written before the rights (version 2) reads on, both stores."""

from __future__ import annotations

import pytest

from application.case_ledger import CaseLedger
from application.store.loading import snapshot_of
from domain.person import Person
from tests.application.given import given_opened_case
from tests.application.people.given_rights import OFFICER, given_request


def test_a_version_2_snapshot_of_a_person_is_upcast_and_used(
    ledger: CaseLedger, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = given_opened_case(ledger)
    person = ledger.get_person(opened.person_id)
    del person.rights_requests, person.suspension  # the shape of version 2
    monkeypatch.setattr(Person, "class_version", 2)
    assert ledger.snapshots is not None
    ledger.snapshots.put([snapshot_of(person)])
    monkeypatch.undo()

    loaded = ledger.get_person(opened.person_id)

    assert (loaded.rights_requests, loaded.suspension) == ({}, None)
    stored = list(ledger.snapshots.get(opened.person_id))
    assert [getattr(s, "state", {}).get("class_version") for s in stored] == [2]


def test_a_request_recorded_after_the_old_snapshot_is_read_on_top_of_it(
    ledger: CaseLedger, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = given_opened_case(ledger)
    person = ledger.get_person(opened.person_id)
    del person.rights_requests, person.suspension
    monkeypatch.setattr(Person, "class_version", 2)
    assert ledger.snapshots is not None
    ledger.snapshots.put([snapshot_of(person)])
    monkeypatch.undo()

    request_id = given_request(ledger, opened.person_id, "suspension")

    loaded = ledger.get_person(opened.person_id)
    assert loaded.rights_requests[str(request_id)].is_pending
    assert OFFICER.recorded_by == loaded.rights_requests[str(request_id)].requested_by
