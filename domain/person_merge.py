"""Merging two records of one person (名寄せ): the survivor absorbs the other.

Both records stay, with their events: the absorbed one records that it was
merged into the survivor (`MergedInto`), the survivor that it absorbed it
(`Absorbed`), in one transaction. The absorbed id then resolves to the
survivor for reads; its own personal data stays under its own key, and is
erased with the survivor's. `Person` inherits these events (stored topics
`domain.person:Person.<Name>`).

Records made before merging existed carry no merge: the class defaults below
stand for them (`Person` keeps no snapshots, so no older state is stored).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import InvalidMergeError, PersonMergedError


class PersonMerging:
    """The merge of one record of a person into another, and its refusals."""

    merged_into: UUID | None = None
    absorbed: Mapping[str, date] = MappingProxyType({})  # absorbed id -> merged on

    if TYPE_CHECKING:  # provided by `Aggregate` and `PersonErasure`

        @property
        def id(self) -> UUID: ...

        def trigger_event(self, event_class: Any, **kwargs: Any) -> None: ...

        def _emit(self, event: str, **fields: Any) -> None: ...

    class MergedInto(Aggregate.Event):
        """This record was merged into another of the same person (名寄せ)."""

        survivor_id: UUID
        merged_on: date
        recorded_by: str

        def apply(self, person: PersonMerging) -> None:
            person.merged_into = self.survivor_id

    class Absorbed(Aggregate.Event):
        """Another record of the same person was merged into this one (名寄せ)."""

        absorbed_id: UUID
        merged_on: date
        recorded_by: str

        def apply(self, person: PersonMerging) -> None:
            # A new dict each time: the class default is shared and read-only.
            person.absorbed = {**person.absorbed, str(self.absorbed_id): self.merged_on}

    def merge_into(
        self, survivor: PersonMerging, merged_on: date, recorded_by: str
    ) -> None:
        """Merge this record into `survivor` (名寄せ): both events, one act."""
        if survivor.id == self.id:
            raise InvalidMergeError("a record is merged into another record")
        self._check_not_erased()
        survivor._check_not_erased()
        self._emit(
            "MergedInto",
            survivor_id=survivor.id,
            merged_on=merged_on,
            recorded_by=recorded_by,
        )
        survivor._emit(
            "Absorbed",
            absorbed_id=self.id,
            merged_on=merged_on,
            recorded_by=recorded_by,
        )

    def _check_not_erased(self) -> None:
        """No act on a merged record: it is read, and acted on, as its survivor."""
        if self.merged_into is not None:
            raise PersonMergedError(f"{self.id} was merged into {self.merged_into}")
        super()._check_not_erased()  # type: ignore[misc]
