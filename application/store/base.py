"""The ledger's storage plumbing: encryption, keys, snapshots, loading, saving.

`CaseLedger` (in `cases.py`) adds the commands; this base keeps them short.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from uuid import UUID, uuid4

from eventsourcing.application import (
    AggregateNotFoundError,
    Application,
    ProjectorFunction,
)
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import JSONTranscoder, RecordConflictError
from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore

from application.errors import ConcurrentUpdateError, NotFoundError, StaleVersionError
from application.people.key_store import InMemoryKeyStore, KeyStore
from application.people.key_store_postgres import PostgresKeyStore
from application.people.key_store_sqlite import SQLiteKeyStore
from application.people.keys import Keyring
from application.people.match_index import (
    InMemoryMatchIndex,
    MatchIndex,
    SQLMatchIndex,
)
from application.store.loading import JustSaved, LatestCopy, replay, snapshot_of
from application.store.snapshots import load_with_snapshot
from application.store.topics import register_moved_topics
from application.store.transcodings import register_ledger_transcodings
from domain.agency_registry import REGISTRY_ID, AgencyRegistry
from domain.case import Case
from domain.catalogue import AGENCY_CODES, TOKYO
from domain.errors import UnknownAgencyError
from domain.recording import DEFAULT_BACKDATE_DAYS, Recording

A = TypeVar("A", bound=Aggregate)
register_moved_topics()  # before any event of a moved class is read
_SQLITE_DDL = threading.Lock()
_DDL_LOCK = 0x4A55534F55  # "JUSOU": one advisory lock id for all schema changes


def utc_now() -> datetime:
    return datetime.now(UTC)


def tokyo_today() -> date:
    return datetime.now(TOKYO).date()


class LedgerBase(Application[UUID]):
    """Event storage with the whole-event cipher and per-person keys.

    Tables are never created implicitly by the library here: `create_tables`
    does it once, under a lock on PostgreSQL, so that several workers starting
    together never race on DDL.
    """

    name = "CaseLedger"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # The name picks the PostgreSQL table names: every composition or test
        # subclass of the ledger must read and write the same tables.
        super().__init_subclass__(**kwargs)
        cls.name = "CaseLedger"

    snapshotting_intervals = {Case: 50, AgencyRegistry: 100}  # noqa: RUF012 (the library's shape)

    def __init__(
        self,
        env: Mapping[str, str],
        *,
        keyring: Keyring,
        ids: Callable[[], UUID] = uuid4,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        agencies: Collection[str] = AGENCY_CODES,
        backdate_days: int = DEFAULT_BACKDATE_DAYS,
    ) -> None:
        self.keyring = keyring
        self.new_id = ids
        # The clocks are looked up when the ledger is made, not when this
        # module is imported, so a test can put every ledger on its clock.
        self.today = today or tokyo_today
        self.now = now or utc_now
        self.agencies = agencies
        self.backdate_days = backdate_days
        super().__init__({"CREATE_TABLE": "n", **env})
        self.keyring.attach(self._key_store())
        self.match_index = self._match_index()
        self._registry: LatestCopy[AgencyRegistry] = LatestCopy(
            self.events, REGISTRY_ID, lambda: self._replay(AgencyRegistry, REGISTRY_ID)
        )
        self._just_saved = JustSaved()

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        register_ledger_transcodings(transcoder, self.keyring)

    def create_tables(self) -> None:
        """Create the event, snapshot and key tables if they do not exist yet.

        On PostgreSQL a transaction-scoped advisory lock serialises this across
        processes: concurrent DDL on a fresh database fails intermittently.
        """
        datastore = getattr(self.recorder, "datastore", None)
        if not isinstance(datastore, PostgresDatastore):
            with _SQLITE_DDL:  # one writer of a SQLite file's schema at a time
                self._create_tables()
            return
        with datastore.transaction(commit=True) as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (_DDL_LOCK,))
            self._create_tables()

    def _create_tables(self) -> None:
        recorders: list[Any] = [self.recorder]
        if self.snapshots is not None:
            recorders.append(self.snapshots.recorder)
        for recorder in recorders:
            recorder.create_table()
        self.keyring.store.create_table()
        self.match_index.create_table()

    def recording(self) -> Recording:
        """This command's two clocks: now, today in Tokyo, the backdating window."""
        return Recording(self.now(), self.today(), self.backdate_days)

    def check_agency(self, *codes: str, on: date | None = None) -> None:
        """Refuse agencies the registry does not know or deactivated by `on`.

        The registry is read once per call, as a copy brought up to date
        with one query (`LatestCopy`); before it is seeded (a bare in-memory
        ledger) the catalogue's codes are the known agencies.
        """
        registry = self._registry.get()
        for code in codes:
            if registry is not None:
                registry.check_accepts_work(code, on or self.today())
            elif code not in self.agencies:
                raise UnknownAgencyError(f"unknown agency: {code}")

    def find_registry(self) -> AgencyRegistry | None:
        try:
            registry: AgencyRegistry = self.repository.get(REGISTRY_ID)
        except AggregateNotFoundError:
            return None
        return registry

    def load(self, cls: type[A], aggregate_id: UUID, expected: int | None) -> A:
        aggregate = self._replay(cls, aggregate_id)
        if not isinstance(aggregate, cls):
            raise NotFoundError(f"{cls.__name__} {aggregate_id} not found")
        if expected is not None and aggregate.version != expected:
            raise StaleVersionError(expected, aggregate.version)
        return aggregate

    def _replay(self, cls: type[Aggregate], aggregate_id: UUID) -> Aggregate | None:
        """The aggregate from its latest usable snapshot and the events after it.

        Kinds that never have snapshots skip the snapshot query (one round
        trip fewer); a repository that caches aggregates (the demo seed) is
        asked as it is.
        """
        if self.repository.cache is not None:
            try:
                cached: Aggregate = self.repository.get(
                    aggregate_id, projector_func=replay
                )
            except AggregateNotFoundError:
                return None
            return cached
        if cls not in self.snapshotting_intervals or self.snapshots is None:
            found: Aggregate | None = replay(None, self.events.get(aggregate_id))
            return found
        loaded: Aggregate | None = load_with_snapshot(
            self.snapshots, self.events, aggregate_id
        )
        return loaded

    def commit(self, *aggregates: Aggregate) -> None:
        """Save, turning a lost write race into a retryable conflict."""
        try:
            with self._just_saved.holding(aggregates):
                self.save(*aggregates)
        except RecordConflictError:
            raise ConcurrentUpdateError(
                "another command changed this record first; reload and retry"
            ) from None

    def take_snapshot(
        self,
        aggregate_id: UUID,
        version: int | None = None,
        projector_func: ProjectorFunction[Any, Any] = replay,
    ) -> None:
        """From the aggregate being saved when it is at `version` (no reload)."""
        saved = self._just_saved.find(aggregate_id, version)
        if saved is None or self.snapshots is None:
            super().take_snapshot(aggregate_id, version, projector_func)
        else:
            self.snapshots.put([snapshot_of(saved)])

    def _key_store(self) -> KeyStore:
        datastore = getattr(self.recorder, "datastore", None)
        if isinstance(datastore, SQLiteDatastore):
            return SQLiteKeyStore(datastore)
        if isinstance(datastore, PostgresDatastore):
            return PostgresKeyStore(datastore)
        return InMemoryKeyStore()

    def _match_index(self) -> MatchIndex:
        datastore = getattr(self.recorder, "datastore", None)
        if isinstance(datastore, SQLiteDatastore | PostgresDatastore):
            return SQLMatchIndex(datastore)
        return InMemoryMatchIndex()
