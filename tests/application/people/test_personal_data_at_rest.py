"""Nothing personal is readable in the database, on either store.

The scan reads every row of every table (and, for SQLite, the raw file with
its write-ahead log). A control proves the scan reads stored rows: the plain
event topic, which the library never encrypts, is found.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from uuid import UUID

import psycopg

from application.case_ledger import CaseLedger
from interfaces.config import Settings, sqlite_path, storage_env
from tests.application.given import (
    INTAKE_WORKER,
    SUMMARY,
    an_intake,
    recorded_after_seeding,
)

PRIVATE_NAME = "秘密野 花子"
PRIVATE_NOTE = "借金三百万円と通院歴あり"
TOPIC = b"domain.case:Case.Opened"


def stored_bytes(settings: Settings) -> bytes:
    if settings.is_sqlite:
        path = Path(sqlite_path(settings.database_url))
        files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        raw = b"".join(p.read_bytes() for p in files)
        with sqlite3.connect(path) as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            ]
            rows = [row for t in tables for row in conn.execute(f"SELECT * FROM {t}")]
        return raw + b"".join(as_bytes(v) for row in rows for v in row)
    env = storage_env(settings.database_url)
    url = settings.database_url.split("?")[0]
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            (env["POSTGRES_SCHEMA"],),
        ).fetchall()
        rows = [
            row
            for (t,) in tables
            for row in conn.execute(f'SELECT * FROM "{env["POSTGRES_SCHEMA"]}"."{t}"')
        ]
    return b"".join(as_bytes(v) for row in rows for v in row)


def as_bytes(value: object) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return str(value).encode("utf-8")


def test_a_persons_name_and_a_notes_text_are_nowhere_in_the_database(
    ledger: CaseLedger, settings: Settings
) -> None:
    opened = ledger.open_case(
        INTAKE_WORKER, an_intake(name=PRIVATE_NAME, summary=PRIVATE_NOTE)
    )

    dump = stored_bytes(settings)

    assert TOPIC in dump  # the scan does read the stored events
    assert PRIVATE_NAME.encode() not in dump
    assert PRIVATE_NOTE.encode() not in dump
    assert "花子".encode() not in dump
    assert ledger.get_person(opened.person_id).identity.name.text == PRIVATE_NAME


def test_personal_fields_stay_sealed_under_the_persons_key_inside_the_event(
    ledger: CaseLedger,
) -> None:
    opened = ledger.open_case(INTAKE_WORKER, an_intake(summary=PRIVATE_NOTE))
    (stored,) = ledger.recorder.select_events(opened.case_id)
    mapper = ledger.mapper
    assert mapper.cipher is not None
    assert mapper.compressor is not None

    inner = mapper.compressor.decompress(mapper.cipher.decrypt(stored.state))

    assert b"chuo_houkatsu" in inner  # the outer layer is open
    assert opened.person_id.hex.encode() in inner  # the subject is named
    assert PRIVATE_NOTE.encode() not in inner  # but the note is still sealed
    assert SUMMARY.encode() not in inner


def test_no_personal_data_in_topics_or_ids(ledger: CaseLedger) -> None:
    opened = ledger.open_case(INTAKE_WORKER, an_intake(name=PRIVATE_NAME))

    events = recorded_after_seeding(ledger)

    assert {e.originator_id for e in events} == {opened.case_id, opened.person_id}
    assert all(UUID(str(e.originator_id)).version == 4 for e in events)  # random
    assert all(PRIVATE_NAME not in e.topic for e in events)
