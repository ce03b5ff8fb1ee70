"""The past ledger's master key is rotated: its keys had no wrap id yet.

Keys stored before wrap ids were kept are read by trying each configured
wrapping key; a rotation re-wraps them like any other, and the whole-event
key the past was written with is kept, so the new key alone reads it all.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

from eventsourcing.utils import get_topic

from domain.person import Person
from interfaces.config import Settings
from tests.upgrades.past import PAST, key


def a_copy_of_the_past(folder: Path) -> Settings:
    shutil.copy(PAST / "ledger.db", folder / "ledger.db")
    return Settings(
        database_url=f"sqlite:///{folder}/ledger.db",
        master_key=key("master.key.b64"),
        master_key_source="fixture",
    )


def names(settings: Settings) -> dict[object, str]:
    ledger = settings.build_ledger()
    try:
        registered = ledger.recorder.select_notifications(
            1, 100_000, topics=[get_topic(Person.Registered)]
        )
        people = [n.originator_id for n in registered]
        return {p: ledger.get_person(p).identity.name.text for p in people}  # type: ignore[arg-type]
    finally:
        ledger.close()


def test_the_past_ledger_rotated_reads_with_the_new_key_alone(tmp_path: Path) -> None:
    past = a_copy_of_the_past(tmp_path)
    before = names(past)
    new_key = os.urandom(32)
    during = replace(past, master_key=new_key, previous_master_key=past.master_key)
    rotating = during.build_ledger()

    report = rotating.rotate_master_key()

    rotating.close()
    assert report.remaining == 0
    assert report.rewrapped == len(before) == 109
    assert names(replace(past, master_key=new_key)) == before
