"""An agency's entry in the registry (機関台帳), and its history of versions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from domain.catalogue import AGENCIES, AgencyEntry, Field, Operation, Project
from domain.catalogue.facilities import FacilityType, catalogue_facility_types
from domain.errors import InvalidAgencyEntryError

# The catalogue's rule for codes: they are stored in every event naming an agency.
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True)
class RegistryEntry:
    """What the registry says about an agency (支援関係機関): a full statement.

    Values are plain strings so that stored events never depend on an enum's
    Python name; `check` holds them against the catalogue's enums.
    """

    code: str
    name_ja: str
    fields: tuple[str, ...]
    projects: tuple[str, ...]
    operation: str
    address: str | None
    section: str | None
    facility_types: tuple[str, ...] = ()

    @classmethod
    def from_catalogue(cls, entry: AgencyEntry) -> RegistryEntry:
        return cls(
            code=entry.code,
            name_ja=entry.name_ja,
            fields=tuple(f.value for f in entry.fields),
            projects=tuple(p.value for p in entry.projects),
            operation=entry.operation.value,
            address=entry.address,
            section=entry.section,
            facility_types=tuple(t.value for t in catalogue_facility_types(entry.code)),
        )

    def check(self) -> None:
        if not _CODE.match(self.code):
            raise InvalidAgencyEntryError(f"code is not an ASCII slug: {self.code!r}")
        if self.section is not None and not _CODE.match(self.section):
            raise InvalidAgencyEntryError(f"section is not a code: {self.section!r}")
        if not self.name_ja.strip():
            raise InvalidAgencyEntryError(f"agency {self.code} needs a name")
        if not self.projects:
            raise InvalidAgencyEntryError(f"agency {self.code} needs a project")
        if self.operation not in set(Operation):
            raise InvalidAgencyEntryError(f"unknown operation: {self.operation}")
        _check_members("fields", self.fields, set(Field))
        _check_members("projects", self.projects, set(Project))
        _check_members("facility types", self.facility_types, set(FacilityType))


def _check_members(name: str, values: tuple[str, ...], known: set[str]) -> None:
    unknown = sorted(set(values) - known)
    if unknown:
        raise InvalidAgencyEntryError(f"unknown {name}: {unknown}")


def catalogue_entries() -> tuple[RegistryEntry, ...]:
    """The plan's agencies as registry entries: the registry's seed."""
    return tuple(RegistryEntry.from_catalogue(entry) for entry in AGENCIES)


@dataclass(frozen=True)
class EntryVersion:
    """One version of an agency's entry and the date it took effect."""

    effective_from: date
    entry: RegistryEntry


@dataclass(frozen=True)
class AgencyRecord:
    """An agency's history in the registry: versions, then perhaps deactivation.

    Versions are in date order. An agency is active from its registration
    until the day before `deactivated_on`.
    """

    versions: tuple[EntryVersion, ...]
    deactivated_on: date | None = None
    deactivation_reason: str | None = None

    @property
    def entry(self) -> RegistryEntry:
        return self.versions[-1].entry

    @property
    def registered_on(self) -> date:
        return self.versions[0].effective_from

    @property
    def last_dated(self) -> date:
        return self.versions[-1].effective_from

    def is_active_on(self, day: date) -> bool:
        if day < self.registered_on:
            return False
        return self.deactivated_on is None or day < self.deactivated_on

    def is_deactivated_by(self, day: date) -> bool:
        return self.deactivated_on is not None and self.deactivated_on <= day

    def entry_on(self, day: date) -> RegistryEntry:
        """The version in effect on `day` (the first one before registration)."""
        effective = [v.entry for v in self.versions if v.effective_from <= day]
        return effective[-1] if effective else self.versions[0].entry

    def changed(self, entry: RegistryEntry, on: date) -> AgencyRecord:
        return replace(self, versions=(*self.versions, EntryVersion(on, entry)))

    def deactivated(self, on: date, reason: str) -> AgencyRecord:
        return replace(self, deactivated_on=on, deactivation_reason=reason)
