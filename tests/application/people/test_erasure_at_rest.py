"""After an erasure the database files hold neither the person's data nor key.

The scan is `raw_scan.py`: SQLite's file, WAL and shared memory; PostgreSQL's
rows and every page through `pageinspect`. Its control: before the erasure
the same scan finds the person's wrapped key (the scan does read the key
table's pages), and after it still finds another person's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import psycopg
import pytest

from application.case_ledger import CaseLedger
from application.cases.forms import OpenedCase
from application.people import key_store_postgres, key_store_sqlite
from interfaces.config import Settings, sqlite_path, storage_env
from tests.application.given import (
    APPROVER,
    INTAKE_WORKER,
    REQUESTER,
    a_consent_form,
    an_intake,
    given_erased,
)
from tests.application.people.raw_scan import everything

NAME = "消去野 花子"
NOTE = "長男の借金と通院のこと"
REPRESENTATIVE = "消去野 一郎"
RELATIONSHIP = "長男（同居）"
PLAIN = [NAME, NOTE, REPRESENTATIVE, RELATIONSHIP]


def given_person_with_a_representative(ledger: CaseLedger) -> OpenedCase:
    opened = ledger.open_case(INTAKE_WORKER, an_intake(name=NAME, summary=NOTE))
    form = replace(
        a_consent_form(),
        given_by="representative",
        standing="voluntary_agent",
        representative=REPRESENTATIVE,
        relationship=RELATIONSHIP,
    )
    ledger.grant_consent(INTAKE_WORKER, opened.case_id, form)
    return opened


def key_bytes(ledger: CaseLedger, opened: OpenedCase) -> tuple[bytes, bytes]:
    """The person's key as stored (wrapped) and as used (unwrapped)."""
    record = ledger.keyring.store.get(opened.person_id)
    assert record is not None
    assert record.wrapped is not None
    return record.wrapped, ledger.keyring.unwrap(opened.person_id, record)


def test_after_erasure_no_file_holds_the_persons_data_or_key(
    ledger: CaseLedger, settings: Settings
) -> None:
    erased = given_person_with_a_representative(ledger)
    kept = ledger.open_case(INTAKE_WORKER, an_intake(name="残留 次郎"))
    wrapped, key = key_bytes(ledger, erased)
    kept_wrapped, _ = key_bytes(ledger, kept)
    before = everything(settings)

    given_erased(ledger, erased.person_id)

    after = everything(settings)
    assert wrapped in before  # control: the scan reads the key table's pages
    assert wrapped not in after
    assert key not in after
    assert kept_wrapped in after  # the others' keys stay
    for text in PLAIN:
        assert text.encode() not in before + after
    fresh = settings.build_ledger()
    assert fresh.get_person(erased.person_id).identity.name.erased
    assert fresh.get_person(kept.person_id).identity.name.text == "残留 次郎"
    fresh.close()


def test_keys_of_many_erased_people_leave_no_trace(
    ledger: CaseLedger, settings: Settings
) -> None:
    people = [
        ledger.open_case(INTAKE_WORKER, an_intake(name=f"多数 {n}")) for n in range(60)
    ]
    keys = {p.person_id: key_bytes(ledger, p)[0] for p in people}
    erased = people[::3]

    for n, opened in enumerate(erased):
        given_erased(ledger, opened.person_id, ref=f"R8-消去-{n:03}")

    after = everything(settings)
    assert not [p for p in erased if keys[p.person_id] in after]
    assert all(keys[p.person_id] in after for p in people if p not in erased)


@contextmanager
def a_reader_holding_the_key_table(settings: Settings) -> Iterator[None]:
    """Another process in the middle of a read (a snapshot of the key table)."""
    if settings.is_sqlite:
        conn = sqlite3.connect(sqlite_path(settings.database_url), isolation_level=None)
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM person_keys").fetchone()
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    schema = storage_env(settings.database_url)["POSTGRES_SCHEMA"]
    with psycopg.connect(settings.database_url.split("?")[0]) as pg:
        pg.execute(f'SELECT count(*) FROM "{schema}".person_keys').fetchone()
        yield  # the transaction stays open, holding its lock, until the block ends


def test_an_erasure_stands_when_the_files_cannot_be_cleared_at_once(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(key_store_sqlite, "CHECKPOINT_ATTEMPTS", 1)
    monkeypatch.setattr(key_store_postgres, "PURGE_TIMEOUT_SECONDS", 0.2)
    ledger = CaseLedger(
        {**settings.ledger_env(), "SQLITE_LOCK_TIMEOUT": "1"},
        keyring=settings.keyring(),
    )
    ledger.create_tables()
    opened = ledger.open_case(INTAKE_WORKER, an_intake(name=NAME))
    wrapped, _ = key_bytes(ledger, opened)
    request_id, _ = ledger.request_erasure(REQUESTER, opened.person_id, "R-9", "請求")

    with a_reader_holding_the_key_table(settings):
        outcome = ledger.approve_erasure(APPROVER, opened.person_id, request_id)
    cleared_later = ledger.purge_keys()

    assert not outcome.files_cleared
    assert ledger.get_person(opened.person_id).identity.name.erased
    assert cleared_later
    assert wrapped not in everything(settings)
    ledger.close()
