"""Which generation of its tables a view uses, found in each transaction.

A view is bound to a target. `Live` looks the live generation up in the
catalogue inside every transaction that uses it (after taking the live
tables' guard), so a reader never holds on to tables a switch has dropped.
`Building` is the generation a rebuild fills aside; it writes only while the
catalogue still names it as the one being built.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field

from eventsourcing.persistence import IntegrityError

from projections.generations import Catalogue, Generation
from projections.view_store import Tx


class NotPreparedError(RuntimeError):
    """The read models' catalogue has no entry yet (`create_tables()` first)."""


class OtherVersionLiveError(IntegrityError):
    """The live tables were built by another version: this code does not write them."""


class SupersededError(RuntimeError):
    """The generation being built was replaced or switched by someone else."""


@dataclass(frozen=True)
class Table:
    """One table of a view: its columns (as in CREATE TABLE) and its indexes."""

    name: str
    columns: str
    indexes: Mapping[str, str] = field(default_factory=dict)  # suffix -> columns

    def ddl(self, generation: Generation) -> list[str]:
        """CREATE statements for this table of a generation (templates)."""
        physical = generation.table(self.name)
        return [
            f"CREATE TABLE {{{self.name}}} ({self.columns})",
            *(
                f"CREATE INDEX {physical}_{suffix} ON {{{self.name}}} ({columns})"
                for suffix, columns in self.indexes.items()
            ),
        ]


class Target(ABC):
    """Where a view's reads and writes go."""

    projection: str
    version: int  # the version of the code that writes

    @abstractmethod
    def open(self, tx: Tx, *, write: bool) -> Generation:
        """The generation to use in this transaction (guarded as needed)."""

    def writes(self, generation: Generation) -> bool:
        """Whether this code may write that generation (same version)."""
        return generation.version == self.version


class Live(Target):
    """The live generation, looked up in the transaction that uses it."""

    def __init__(self, catalogue: Catalogue, projection: str, version: int) -> None:
        self.catalogue = catalogue
        self.projection = projection
        self.version = version

    def open(self, tx: Tx, *, write: bool) -> Generation:
        self.catalogue.guard_live(tx, self.projection, write=write)
        entry = self.catalogue.entry(tx, self.projection)
        if entry is None:
            raise NotPreparedError(f"no live tables for {self.projection} yet")
        if write and not self.writes(entry.live):
            raise OtherVersionLiveError(
                f"{self.projection} version {entry.live.version} is live; "
                f"this code writes version {self.version}"
            )
        return entry.live


class Building(Target):
    """A generation being built aside by a rebuild."""

    def __init__(self, catalogue: Catalogue, generation: Generation) -> None:
        self.catalogue = catalogue
        self.generation = generation
        self.projection = generation.projection
        self.version = generation.version

    def open(self, tx: Tx, *, write: bool) -> Generation:
        if write:
            self.catalogue.claim(tx)
            entry = self.catalogue.entry(tx, self.projection)
            if entry is None or entry.building != self.generation:
                raise SupersededError(f"{self.projection}: not building this any more")
        return self.generation
