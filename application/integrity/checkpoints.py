"""The table of signed checkpoints, oldest first."""

from __future__ import annotations

from application.integrity.checkpoint import Checkpoint
from application.integrity.sql import Store

_COLUMNS = "tree_size, root, issued_at, signature, public_key"


class CheckpointTable:
    """Signed checkpoints as stored; the verifier trusts none of them unverified."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, checkpoint: Checkpoint) -> None:
        sql = (
            "INSERT INTO {checkpoints} (tree_size, root, issued_at, signature, "
            "public_key) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (tree_size, issued_at) DO NOTHING"
        )
        c = checkpoint
        with self.store.write() as tx:
            params = (c.tree_size, c.root, c.timestamp, c.signature, c.public_key)
            tx.run(self.store.sql(sql), params)

    def all(self) -> list[Checkpoint]:
        return self._select("ORDER BY issued_at, tree_size")

    def latest(self) -> Checkpoint | None:
        found = self._select("ORDER BY issued_at DESC, tree_size DESC LIMIT 1")
        return found[0] if found else None

    def _select(self, tail: str) -> list[Checkpoint]:
        sql = f"SELECT {_COLUMNS} FROM {{checkpoints}} {tail}"  # noqa: S608
        with self.store.read() as tx:
            rows = tx.rows(self.store.sql(sql))
        return [
            Checkpoint(int(size), bytes(root), str(at), bytes(sig), bytes(key))
            for size, root, at, sig, key in rows
        ]
