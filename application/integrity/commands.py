"""The ledger's integrity log: sealing, checkpoints, proofs and verification."""

from __future__ import annotations

from functools import cached_property

from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

from application.integrity.checkpoint import Checkpoint, Signer
from application.integrity.errors import IntegrityUnavailableError
from application.integrity.findings import Report
from application.integrity.key_history import KeyHistory
from application.integrity.log import IntegrityLog
from application.integrity.signed import OneKey
from application.integrity.sql import Store
from application.integrity.verifier import Audit, Progress
from application.store.base import LedgerBase


class IntegrityCommands(LedgerBase):
    """Tamper evidence over every stored event (RFC 9162 Merkle log).

    The integrity tables are created with the ledger's own, inside the same
    advisory lock on PostgreSQL.
    """

    @cached_property
    def integrity(self) -> IntegrityLog:
        datastore = getattr(self.recorder, "datastore", None)
        events = getattr(self.recorder, "events_table_name", "")
        if not isinstance(datastore, (SQLiteDatastore, PostgresDatastore)):
            raise IntegrityUnavailableError("the ledger is not on SQLite or PostgreSQL")
        return IntegrityLog(Store(datastore, events), self.now)

    def _create_tables(self) -> None:
        super()._create_tables()
        datastore = getattr(self.recorder, "datastore", None)
        if isinstance(datastore, (SQLiteDatastore, PostgresDatastore)):
            self.integrity.store.create_tables()

    def seal_and_checkpoint(self, signer: Signer) -> Checkpoint:
        """Seal every pending event and sign a checkpoint of the whole log."""
        return self.integrity.checkpoint(signer)

    def verify_integrity(
        self,
        public_key: bytes,
        against: Checkpoint | None = None,
        progress: Progress | None = None,
        history: KeyHistory | None = None,
    ) -> Report:
        """Verify; with `history`, checkpoints of every key it publishes count."""
        trust = history or OneKey(public_key)
        return Audit(self.integrity, trust, against, progress).run()

    def signing_key_history(self, current: bytes | None) -> KeyHistory:
        """The history the stored checkpoints show (`current`: the key in use)."""
        return KeyHistory.of_checkpoints(self.integrity.checkpoints.all(), current)
