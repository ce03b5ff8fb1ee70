"""Which tables of each read model are live: generations and their catalogue.

A read model keeps its rows in a *generation* of tables: `caseload_cases_v2_g3`
is the table `caseload_cases` of generation 3, built by version 2 of the
caseloads projection, with its own tracking row (`caseloads_v2_g3`).
Generation 0 is the unsuffixed tables made before read models had versions
(version 0). The catalogue (`read_model_versions`) remembers, per projection,
the live generation and its tables, and the generation being built aside, if
any. Changing the live generation is one update of one row.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

from projections.view_store import Tx, ViewStore

TRACKING_DDL = (
    "CREATE TABLE IF NOT EXISTS {projection_tracking} ("
    "projection TEXT NOT NULL, application_name TEXT NOT NULL, "
    "notification_id BIGINT NOT NULL, PRIMARY KEY (projection, application_name))"
)
CATALOGUE_DDL = (
    "CREATE TABLE IF NOT EXISTS {read_model_versions} (projection TEXT PRIMARY KEY, "
    "version INTEGER NOT NULL, generation INTEGER NOT NULL, tables TEXT NOT NULL, "
    "building_version INTEGER, building_generation INTEGER, building_tables TEXT)"
)
_ENTRY = "SELECT * FROM {read_model_versions} WHERE projection = ?"
_STATEMENTS = {
    "insert": "INSERT INTO {read_model_versions} VALUES (?, ?, ?, ?, NULL, NULL, NULL)",
    "building": (
        "UPDATE {read_model_versions} SET building_version = ?, "
        "building_generation = ?, building_tables = ? WHERE projection = ?"
    ),
    "switch": (
        "UPDATE {read_model_versions} SET version = building_version, "
        "generation = building_generation, tables = building_tables, "
        "building_version = NULL, building_generation = NULL, "
        "building_tables = NULL WHERE projection = ?"
    ),
    "position": (
        "SELECT notification_id FROM {projection_tracking} "
        "WHERE projection = ? AND application_name = ?"
    ),
    "forget": "DELETE FROM {projection_tracking} WHERE projection = ?",
    # Any write statement takes SQLite's writer lock at once; this one changes
    # nothing. Taken first, it keeps a later write from meeting a stale snapshot.
    "claim": "DELETE FROM {read_model_versions} WHERE 1 = 0",
}
# Advisory lock classes (PostgreSQL): readers and writers of the live tables
# (shared) against the switch (exclusive); one rebuild per read model.
LIVE_LOCK, REBUILD_LOCK = 0x4A5501, 0x4A5502


@dataclass(frozen=True)
class Generation:
    """One set of a read model's tables, built by one version of its projection."""

    projection: str
    version: int
    number: int

    @property
    def suffix(self) -> str:
        return "" if self.number == 0 else f"_v{self.version}_g{self.number}"

    @property
    def key(self) -> str:
        """The generation's own row in `projection_tracking`."""
        return self.projection + self.suffix

    def table(self, logical: str) -> str:
        return logical + self.suffix


@dataclass(frozen=True)
class Entry:
    """A projection's row of the catalogue."""

    live: Generation
    tables: tuple[str, ...]
    building: Generation | None = None
    building_tables: tuple[str, ...] = ()


class Catalogue:
    """The catalogue of one store, and the locks that guard the live tables."""

    def __init__(self, store: ViewStore) -> None:
        self.store = store
        self._sql = {name: store.sql(text) for name, text in _STATEMENTS.items()}
        self._entry = store.sql(_ENTRY)

    def create(self) -> None:
        self.store.create((TRACKING_DDL, CATALOGUE_DDL))

    def entry(
        self, tx: Tx, projection: str, *, for_update: bool = False
    ) -> Entry | None:
        lock = " FOR UPDATE" if for_update and self.store.postgres else ""
        rows = tx.rows(self._entry + lock, (projection,))
        return _entry_of(projection, rows[0]) if rows else None

    def insert(self, tx: Tx, live: Generation, tables: tuple[str, ...]) -> None:
        params = (live.projection, live.version, live.number, json.dumps(tables))
        tx.run(self._sql["insert"], params)

    def set_building(
        self, tx: Tx, building: Generation, tables: tuple[str, ...]
    ) -> None:
        params = (building.version, building.number, json.dumps(tables))
        tx.run(self._sql["building"], (*params, building.projection))

    def switch(self, tx: Tx, projection: str) -> None:
        """The building generation becomes the live one (one row, one update)."""
        tx.run(self._sql["switch"], (projection,))

    def position(self, tx: Tx, generation: Generation, application_name: str) -> int:
        rows = tx.rows(self._sql["position"], (generation.key, application_name))
        return int(rows[0]["notification_id"]) if rows else 0

    def drop(self, tx: Tx, generation: Generation, tables: tuple[str, ...]) -> None:
        """Drop a generation's tables (as the catalogue lists them) and position."""
        for table in tables:
            tx.run(self.store.sql(f"DROP TABLE IF EXISTS {{{table}}}"))
        tx.run(self._sql["forget"], (generation.key,))

    def claim(self, tx: Tx) -> None:
        """Take SQLite's writer lock first (PostgreSQL locks rows as it goes)."""
        if not self.store.postgres:
            tx.run(self._sql["claim"])

    def guard_live(self, tx: Tx, projection: str, *, write: bool) -> None:
        """Before using the live tables: no switch may drop them meanwhile.

        PostgreSQL: a shared advisory lock until the transaction ends; the
        switch takes it exclusively. SQLite needs none to read (a read
        transaction keeps its snapshot, dropped tables included); a writer
        takes the writer lock, which the switch holds.
        """
        if self.store.postgres:
            tx.run(
                "SELECT pg_advisory_xact_lock_shared(%s, %s)",
                (LIVE_LOCK, self.lock_key(projection)),
            )
        elif write:
            self.claim(tx)

    def lock_live(self, tx: Tx, projection: str) -> None:
        """The switch's lock: waits for readers and writers of the live tables."""
        if self.store.postgres:
            key = (LIVE_LOCK, self.lock_key(projection))
            tx.run("SELECT pg_advisory_xact_lock(%s, %s)", key)
        else:
            self.claim(tx)

    def lock_key(self, projection: str) -> int:
        """A projection's advisory lock id, distinct per schema of one database."""
        name = f"{self.store.schema}.{projection}".encode()
        return zlib.crc32(name) & 0x7FFFFFFF


def _entry_of(projection: str, row: dict[str, object]) -> Entry:
    live = Generation(projection, int(str(row["version"])), int(str(row["generation"])))
    building = None
    if row["building_generation"] is not None:
        number = int(str(row["building_generation"]))
        building = Generation(projection, int(str(row["building_version"])), number)
    return Entry(
        live=live,
        tables=tuple(json.loads(str(row["tables"]))),
        building=building,
        building_tables=tuple(json.loads(str(row["building_tables"] or "[]"))),
    )
