"""Versions at start-up: live tables for every read model; what to rebuild.

A rebuild aside is due where the code's version is newer than the live one.

A database made before read models had versions holds their tables without
suffix and no catalogue: they are registered as generation 0, version 0, so
they keep answering until version 1 has been rebuilt aside and switched to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from projections.declared import ReadModel
from projections.generations import Catalogue, Entry, Generation
from projections.rebuild import create_generation
from projections.view_store import ViewStore


@dataclass(frozen=True)
class ModelStatus:
    """Where one read model stands: versions, generations, positions."""

    name: str
    code_version: int
    live: Generation
    building: Generation | None
    position: int
    building_position: int | None
    head: int

    @property
    def lag(self) -> int:
        return max(self.head - self.position, 0)

    @property
    def rebuild_pending(self) -> bool:
        """An upgrade will rebuild it aside (and switch).

        The live version is older, or a rebuild of the code's version was
        interrupted: the upgrade finishes it.
        """
        building = self.building
        interrupted = building is not None and building.version == self.code_version
        return self.live.version < self.code_version or interrupted

    @property
    def state(self) -> str:
        if self.building is not None:
            return f"building v{self.building.version} at {self.building_position:,}"
        if self.live.version < self.code_version:
            return "rebuild pending"
        if self.live.version > self.code_version:
            return "newer version live"
        return "current"


def prepare(
    store: ViewStore, catalogue: Catalogue, models: Sequence[ReadModel]
) -> None:
    """The catalogue, and live tables for every read model that has none.

    Safe when several workers start at once: one transaction per model under
    the DDL lock (PostgreSQL) or the writer lock (SQLite).
    """
    catalogue.create()
    for model in models:
        with store.transaction() as tx:
            catalogue.claim(tx)
            store.lock_ddl(tx)
            if catalogue.entry(tx, model.name) is not None:
                continue
            view = model.live_view(store, catalogue)
            if store.table_exists(tx, view.table_names[0]):
                catalogue.insert(tx, Generation(model.name, 0, 0), view.table_names)
                continue
            first = Generation(model.name, model.version, 1)
            catalogue.insert(tx, first, create_generation(tx, view, first))


def status(
    store: ViewStore,
    catalogue: Catalogue,
    models: Sequence[ReadModel],
    application_name: str,
    head: int,
) -> list[ModelStatus]:
    with store.transaction(commit=False) as tx:
        found = [(model, catalogue.entry(tx, model.name)) for model in models]
        entries = [(model, entry) for model, entry in found if entry is not None]
        positions = {
            generation: catalogue.position(tx, generation, application_name)
            for _, entry in entries
            for generation in (entry.live, entry.building)
            if generation is not None
        }
    return [_status(model, entry, positions, head) for model, entry in entries]


def _status(
    model: ReadModel, entry: Entry, positions: dict[Generation, int], head: int
) -> ModelStatus:
    building = entry.building
    return ModelStatus(
        name=model.name,
        code_version=model.version,
        live=entry.live,
        building=building,
        position=positions[entry.live],
        building_position=None if building is None else positions[building],
        head=head,
    )
