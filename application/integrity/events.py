"""The stored events, read as their raw rows: what the leaves commit to."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from application.integrity.leaf import StoredRow, originator_bytes
from application.integrity.sql import Store, Tx

FIRST_ID = -(2**63)  # below any id: the verifier also reads rows put before the first
_SELECT = "SELECT {id}, originator_id, originator_version, topic, state FROM {events}"
_AFTER = _SELECT + " WHERE {id} > ? ORDER BY {id} LIMIT ?"


class StoredEvents:
    """The event table of the library's recorder, read with plain SQL."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def after(self, tx: Tx, after: int, limit: int) -> list[StoredRow]:
        return _rows(tx.rows(self.store.sql(_AFTER), (after, limit)))

    def stream(self, batch: int, after: int = FIRST_ID) -> Iterator[list[StoredRow]]:
        """Every stored event in notification order, `batch` rows at a time."""
        while True:
            with self.store.read() as tx:
                rows = self.after(tx, after, batch)
            if not rows:
                return
            yield rows
            after = rows[-1][0]

    def by_ids(self, ids: Sequence[int]) -> list[StoredRow]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = f"{_SELECT} WHERE {{id}} IN ({marks})"
        with self.store.read() as tx:
            return _rows(tx.rows(self.store.sql(sql), list(ids)))

    def count(self) -> int:
        with self.store.read() as tx:
            return int(tx.rows(self.store.sql("SELECT COUNT(*) FROM {events}"))[0][0])


def _rows(fetched: list[tuple[Any, ...]]) -> list[StoredRow]:
    return [
        (int(nid), originator_bytes(oid), int(version), str(topic), bytes(state))
        for nid, oid, version, topic, state in fetched
    ]
