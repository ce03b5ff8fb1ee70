"""A read model as the code declares it: its projection and its SQL view.

The projection carries the version; the view, its tables. Bumping `version`
is all it takes for every installed database to rebuild the model aside.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from eventsourcing.projection import Projection

from projections.generations import Catalogue, Generation
from projections.targets import Building, Live, Target
from projections.tracked_view import TrackedSQLView
from projections.view_store import ViewStore


class VersionedProjection(Protocol):
    """A projection class: its name, its version, and made from a view."""

    name: str
    version: int

    def __call__(self, view: Any) -> Projection[Any]: ...


class ViewClass(Protocol):
    def __call__(self, store: ViewStore, target: Target) -> TrackedSQLView: ...


@dataclass(frozen=True)
class ReadModel:
    """One read model: the projection that keeps it and the view that stores it."""

    projection: VersionedProjection
    view: ViewClass

    @property
    def name(self) -> str:
        return self.projection.name

    @property
    def version(self) -> int:
        return self.projection.version

    def live_view(self, store: ViewStore, catalogue: Catalogue) -> TrackedSQLView:
        return self.view(store, Live(catalogue, self.name, self.version))

    def building_view(
        self, store: ViewStore, catalogue: Catalogue, generation: Generation
    ) -> TrackedSQLView:
        return self.view(store, Building(catalogue, generation))
