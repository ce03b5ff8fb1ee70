"""Master-key rotation: every person's key re-wrapped under the new master key.

The keyring holds the new master key's wrapping key (which wraps every key made
from now on) and the previous one (which unwraps what is not re-wrapped yet).
`rotate_master_key` walks the key table in subject order, a batch per
transaction, and replaces each wrapping that is still as read (a key destroyed
meanwhile is left alone). Each row names its wrapping key, so the table itself
records the progress: an interrupted run leaves the rest to the next, which
takes only what is still under another key. The service keeps running: it
reads either wrapping and writes new keys under the new one.

The whole-event key (the library's cipher of every stored event) cannot change
without rewriting events, which the ledger never does; so the ledger keeps its
own copy, wrapped like a person's key under the reserved subject
`EVENT_KEY_SUBJECT` (a uuid5: never a person's uuid4), and re-wrapped with
them. From then on the ledger opens with the new master key alone.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from uuid import NAMESPACE_URL, uuid5

from eventsourcing.cryptography import AESCipher
from eventsourcing.utils import Environment

from application.errors import ApplicationError
from application.people.erasure import ErasureCommands
from application.people.key_store import KeyCensus, WrappedKey

EVENT_KEY_SUBJECT = uuid5(NAMESPACE_URL, "urn:jusou:ledger:event-cipher-key")
Progress = Callable[[int, int], None]
BATCH = 200


class RotationNotConfiguredError(ApplicationError):
    """Rotation needs the new master key and the previous one, both configured."""


@dataclass(frozen=True)
class RotationReport:
    """Keys re-wrapped by this run, keys still under another key, files cleared."""

    rewrapped: int
    remaining: int
    files_cleared: bool


def event_cipher(key: bytes) -> AESCipher:
    """The library's AES-GCM event cipher with `key`."""
    encoded = base64.b64encode(key).decode("ascii")
    return AESCipher(Environment("CaseLedger", {AESCipher.CIPHER_KEY: encoded}))


class KeyCommands(ErasureCommands):
    """The key table's state, master-key rotation, and the whole-event key."""

    def create_tables(self) -> None:
        super().create_tables()
        self.use_stored_event_key()

    def key_census(self) -> KeyCensus:
        return self.keyring.store.census()

    def use_stored_event_key(self) -> None:
        """Decrypt events with the key the ledger keeps, once it keeps one."""
        record = self.keyring.store.get(EVENT_KEY_SUBJECT)
        if record is not None and record.wrapped is not None:
            key = self.keyring.unwrap(EVENT_KEY_SUBJECT, record)
            self.mapper.cipher = event_cipher(key)

    def rotate_master_key(
        self, progress: Progress | None = None, batch: int = BATCH
    ) -> RotationReport:
        """Re-wrap every key not under the current master key; resumable."""
        if not self.keyring.has_previous:
            raise RotationNotConfiguredError(
                "set JUSOU_MASTER_KEY to the new key and JUSOU_PREVIOUS_MASTER_KEY "
                "to the one it replaces"
            )
        self._keep_event_key()
        current, store = self.keyring.wrap_id, self.keyring.store
        total = store.census().outside(current)
        done, after = 0, None
        while found := store.not_wrapped_by(current, after, batch):
            done += store.rewrap([self._rewrapped(k) for k in found], current)
            after = found[-1].subject_id
            if progress is not None:
                progress(done, max(total, done))
        remaining = store.census().outside(current)
        return RotationReport(done, remaining, self.purge_keys())

    def _rewrapped(self, key: WrappedKey) -> tuple[WrappedKey, bytes]:
        data_key = self.keyring.unwrap(key.subject_id, key)
        return key, self.keyring.wrap(key.subject_id, data_key)

    def _keep_event_key(self) -> None:
        """Store the whole-event key in use, wrapped, unless the ledger has it."""
        if self.keyring.store.get(EVENT_KEY_SUBJECT) is not None:
            return
        cipher = self.mapper.cipher
        if not isinstance(cipher, AESCipher):
            raise RotationNotConfiguredError("the ledger has no event cipher")
        wrapped = self.keyring.wrap(EVENT_KEY_SUBJECT, cipher.key)
        self.keyring.store.add(EVENT_KEY_SUBJECT, wrapped, self.keyring.wrap_id)
