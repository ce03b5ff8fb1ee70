"""Master-key rotation: resumable, while the service writes; the new key alone reads.

`old` is the ledger's master key; during the rotation every process runs with
the new key and the previous one (`during`); afterwards the new key alone
(`after`) must open the ledger and decrypt every person, and the old key alone
must not.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from uuid import UUID

import pytest

from application.case_ledger import CaseLedger
from application.errors import KeyUnavailableError
from application.people.rotation import RotationNotConfiguredError
from interfaces.config import Settings
from tests.application.given import INTAKE_WORKER, an_intake
from tests.application.people.raw_scan import everything

NEW_KEY = os.urandom(32)


class RotationStoppedError(Exception):
    """Stands for a rotation stopped half-way (Ctrl-C, a lost connection)."""


def during(settings: Settings) -> Settings:
    return replace(
        settings, master_key=NEW_KEY, previous_master_key=settings.master_key
    )


def after(settings: Settings) -> Settings:
    return replace(settings, master_key=NEW_KEY)


def given_people(ledger: CaseLedger, count: int, prefix: str) -> dict[UUID, str]:
    names = {}
    for n in range(count):
        name = f"{prefix} {n:03}"
        names[ledger.open_case(INTAKE_WORKER, an_intake(name=name)).person_id] = name
    return names


class Writer(threading.Thread):
    """The service meanwhile: intakes, one after another, until stopped."""

    def __init__(self, ledger: CaseLedger) -> None:
        super().__init__(daemon=True)
        self.ledger = ledger
        self.names: dict[UUID, str] = {}
        self.errors: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.names.update(
                    given_people(self.ledger, 1, f"並行 {len(self.names)}")
                )
            except Exception as exc:  # any failure at all is what this looks for
                self.errors.append(repr(exc))

    def wait_for_more_than(self, count: int) -> None:
        deadline = time.monotonic() + 30
        while len(self.names) <= count and time.monotonic() < deadline:
            time.sleep(0.005)


def readable(settings: Settings, names: dict[UUID, str]) -> dict[UUID, str]:
    ledger = settings.build_ledger()
    try:
        return {p: ledger.get_person(p).identity.name.text for p in names}
    finally:
        ledger.close()


def test_rotation_under_concurrent_writes_loses_nothing_and_the_new_key_reads_all(
    ledger: CaseLedger, settings: Settings
) -> None:
    names = given_people(ledger, 40, "既存")
    rotating, service = during(settings).build_ledger(), during(settings).build_ledger()
    writer = Writer(service)
    writer.start()

    def each_batch(_done: int, _total: int) -> None:
        writer.wait_for_more_than(len(writer.names))  # a write between batches

    report = rotating.rotate_master_key(each_batch, batch=8)
    writer.stop.set()
    writer.join(30)

    assert writer.errors == []
    assert len(writer.names) >= 5  # the service did write meanwhile
    assert report.rewrapped >= 40
    assert report.remaining == 0
    everyone = {**names, **writer.names}
    assert readable(after(settings), everyone) == everyone
    with pytest.raises(KeyUnavailableError):
        readable(settings, names)  # the old key alone opens nothing
    rotating.close()
    service.close()


def test_an_interrupted_rotation_is_continued_by_the_next_run(
    ledger: CaseLedger, settings: Settings
) -> None:
    names = given_people(ledger, 12, "再開")
    first = during(settings).build_ledger()

    def stop_after_the_first_batch(_done: int, _total: int) -> None:
        raise RotationStoppedError

    with pytest.raises(RotationStoppedError):
        first.rotate_master_key(stop_after_the_first_batch, batch=5)
    left = first.key_census().outside(first.keyring.wrap_id)
    report = during(settings).build_ledger().rotate_master_key(batch=5)

    # Twelve people's keys and the match index's own (docs/people.md).
    assert left == 12 + 1 - 5
    assert (report.rewrapped, report.remaining) == (8, 0)
    assert readable(after(settings), names) == names
    first.close()


def test_old_wrappings_are_gone_from_the_files_after_rotation(
    ledger: CaseLedger, settings: Settings
) -> None:
    people = given_people(ledger, 10, "旧鍵")
    records = [ledger.keyring.store.get(p) for p in people]
    old_wrapped = [r.wrapped for r in records if r is not None and r.wrapped]
    rotating = during(settings).build_ledger()

    report = rotating.rotate_master_key()

    dump = everything(settings)
    assert report.files_cleared
    assert len(old_wrapped) == 10
    assert not [w for w in old_wrapped if w in dump]
    rotating.close()


def test_rotation_without_the_previous_key_is_refused(ledger: CaseLedger) -> None:
    given_people(ledger, 1, "設定")

    with pytest.raises(RotationNotConfiguredError):
        ledger.rotate_master_key()
