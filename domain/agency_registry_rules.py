"""Queries and guards the `AgencyRegistry` aggregate's commands share.

Kept apart from `agency_registry.py` so that module holds only commands,
events and appliers; these methods emit nothing.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from domain.catalogue.capabilities import SUPPORT_DECISION, requirement_of
from domain.cooperating_organisation import CooperatingOrganisation
from domain.errors import (
    AgencyDeactivatedError,
    AgencyInactiveError,
    CooperatingOrganisationDeactivatedError,
    NotRunningProjectError,
    RegistryDateOrderError,
    UnknownAgencyError,
    UnknownCooperatingOrganisationError,
)
from domain.registry_entry import AgencyRecord, RegistryEntry


class AgencyRegistryRules:
    """State of the agency registry (機関台帳) and the rules read from it.

    Every answer is asked for a business date, so that "active at the end of
    fiscal year X" is the same question whenever it is asked.
    """

    agencies: dict[str, AgencyRecord]
    organisations: dict[str, CooperatingOrganisation]

    def record(self, code: str) -> AgencyRecord:
        try:
            return self.agencies[code]
        except KeyError:
            raise UnknownAgencyError(f"unknown agency: {code}") from None

    def entry(self, code: str) -> RegistryEntry:
        """The agency's current entry, deactivated or not."""
        return self.record(code).entry

    def active_agencies(self, on: date) -> tuple[RegistryEntry, ...]:
        """The agencies active on `on`, each as its entry in effect that day."""
        return tuple(
            record.entry_on(on)
            for record in self.agencies.values()
            if record.is_active_on(on)
        )

    def agencies_with_facility(
        self, facility_type: str, on: date
    ) -> tuple[RegistryEntry, ...]:
        """The agencies active on `on` that ran this facility type that day."""
        return tuple(
            entry
            for entry in self.active_agencies(on)
            if facility_type in entry.facility_types
        )

    def cooperating_organisations(
        self, on: date
    ) -> tuple[CooperatingOrganisation, ...]:
        """The cooperating organisations (協力機関・団体) active on `on`."""
        return tuple(o for o in self.organisations.values() if o.is_active_on(on))

    def organisation(self, org_id: UUID) -> CooperatingOrganisation:
        try:
            return self.organisations[str(org_id)]
        except KeyError:
            raise UnknownCooperatingOrganisationError(str(org_id)) from None

    def check_accepts_work(self, code: str, on: date) -> None:
        """Refuse an act at an agency unknown here or deactivated by `on`.

        The registration date is not held against the act: the plan's
        agencies are registered as of the plan's start, and they worked
        before it too.
        """
        if code not in self.agencies or self.agencies[code].is_deactivated_by(on):
            raise UnknownAgencyError(f"unknown or deactivated agency: {code}")

    def is_active(self, code: str, on: date) -> bool:
        record = self.agencies.get(code)
        return record is not None and record.is_active_on(on)

    def check_active(self, code: str, on: date) -> None:
        """R4: an agency deactivated by `on` loses every case right that day."""
        if code in self.agencies and self.agencies[code].is_deactivated_by(on):
            raise AgencyInactiveError(f"{code} is deactivated in the registry")

    def check_runs(self, code: str, project: str, on: date) -> None:
        """R8: the registry says the agency runs the 事業 on that day."""
        self.check_accepts_work(code, on)
        if project not in self.agencies[code].entry_on(on).projects:
            raise NotRunningProjectError(f"{code} does not run {project} on {on}")

    def check_may_record(self, code: str, kind: str, project: str, on: date) -> None:
        """R8: the agency runs the 事業 and is the kind of agency the act needs."""
        self.check_runs(code, project, on)
        entry = self.agencies[code].entry_on(on)
        needed = requirement_of(kind)
        if not needed.met_by(entry.facility_types, entry.fields, entry.operation):
            raise NotRunningProjectError(
                f"{kind} is recorded by a {needed.describe_ja()}: not {code}"
            )

    def check_may_decide(self, code: str, on: date) -> None:
        """The agency may record the city's support decision (支援決定) that day."""
        project, needed = SUPPORT_DECISION
        self.check_runs(code, project, on)
        entry = self.agencies[code].entry_on(on)
        if not needed.met_by(entry.facility_types, entry.fields, entry.operation):
            raise NotRunningProjectError(
                f"the support decision is recorded by a {needed.describe_ja()}"
                f" running {project}: not {code}"
            )

    def _check_changeable(self, code: str, on: date) -> None:
        record = self.record(code)
        if record.deactivated_on is not None:
            raise AgencyDeactivatedError(code)
        if on < record.last_dated:
            raise RegistryDateOrderError(
                f"{code} was last registered or changed on {record.last_dated}"
            )

    def _check_organisation_active(self, org_id: UUID, on: date) -> None:
        organisation = self.organisation(org_id)
        if organisation.deactivated_on is not None:
            raise CooperatingOrganisationDeactivatedError(str(org_id))
        if on < organisation.registered_on:
            raise RegistryDateOrderError(
                f"{org_id} was registered on {organisation.registered_on}"
            )
