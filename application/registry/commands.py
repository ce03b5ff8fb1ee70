"""Commands on the agency registry (機関台帳), and its seeding from the plan."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.access.actor import Actor
from application.errors import ConcurrentUpdateError
from application.store.base import LedgerBase
from domain.agency_registry import REGISTRY_ID, AgencyRegistry
from domain.catalogue import PLAN_YEARS, fiscal_year_bounds
from domain.cooperating_organisation import CooperatingOrganisation
from domain.registry_entry import RegistryEntry, catalogue_entries

# The plan's agencies are registered as of its first day, 令和8年4月1日.
PLAN_START: date = fiscal_year_bounds(PLAN_YEARS[0])[0]
SEEDED_BY = "system:seed"  # no user seeds the registry: the ledger's first start does


class RegistryCommands(LedgerBase):
    """The agency registry (機関台帳): agencies and cooperating organisations.

    There is one registry, under `REGISTRY_ID`. Every write takes an optional
    `expected` registry version (the HTTP If-Match) and returns the new one.
    """

    def seed_registry(self, actor: Actor | None = None) -> int:
        """Register the plan's agencies unless the registry exists; its version.

        Idempotent. Workers starting together may race: the loser's first save
        conflicts with the winner's, and it reads the winner's registry.
        """
        existing = self.find_registry()
        if existing is not None:
            return existing.version
        by = SEEDED_BY if actor is None else actor.recorded_by
        registry = AgencyRegistry.open(by)
        for entry in catalogue_entries():
            registry.register(entry, PLAN_START, by)
        try:
            self.commit(registry)
        except ConcurrentUpdateError:
            return self.registry().version
        return registry.version

    def registry(self) -> AgencyRegistry:
        return self.load(AgencyRegistry, REGISTRY_ID, None)

    def active_agencies(self, on: date | None = None) -> tuple[RegistryEntry, ...]:
        """The agencies active on `on` (today by default), in registration order."""
        return self.registry().active_agencies(on or self.today())

    def register_agency(
        self,
        actor: Actor,
        entry: RegistryEntry,
        registered_on: date,
        expected: int | None = None,
    ) -> int:
        registry = self.load(AgencyRegistry, REGISTRY_ID, expected)
        registry.register(entry, registered_on, actor.recorded_by, self.recording())
        self.commit(registry)
        return registry.version

    def change_agency(
        self,
        actor: Actor,
        entry: RegistryEntry,
        changed_on: date,
        expected: int | None = None,
    ) -> int:
        """Replace an agency's entry (by its code) from `changed_on` onwards."""
        registry = self.load(AgencyRegistry, REGISTRY_ID, expected)
        registry.change(entry, changed_on, actor.recorded_by, self.recording())
        self.commit(registry)
        return registry.version

    def deactivate_agency(
        self,
        actor: Actor,
        code: str,
        deactivated_on: date,
        reason: str,
        expected: int | None = None,
    ) -> int:
        registry = self.load(AgencyRegistry, REGISTRY_ID, expected)
        registry.deactivate(
            code, deactivated_on, reason, actor.recorded_by, self.recording()
        )
        self.commit(registry)
        return registry.version

    def register_cooperating_organisation(
        self,
        actor: Actor,
        *,
        name_ja: str,
        kind: str,
        district: str | None,
        registered_on: date,
        expected: int | None = None,
    ) -> tuple[UUID, int]:
        """Register a 協力機関・団体 of 参加支援; returns its id and the version."""
        registry = self.load(AgencyRegistry, REGISTRY_ID, expected)
        org_id = self.new_id()
        organisation = CooperatingOrganisation(
            org_id, name_ja, kind, district, registered_on
        )
        registry.register_organisation(
            organisation, actor.recorded_by, self.recording()
        )
        self.commit(registry)
        return org_id, registry.version

    def deactivate_cooperating_organisation(
        self,
        actor: Actor,
        org_id: UUID,
        deactivated_on: date,
        reason: str,
        expected: int | None = None,
    ) -> int:
        registry = self.load(AgencyRegistry, REGISTRY_ID, expected)
        registry.deactivate_organisation(
            org_id, deactivated_on, reason, actor.recorded_by, self.recording()
        )
        self.commit(registry)
        return registry.version
