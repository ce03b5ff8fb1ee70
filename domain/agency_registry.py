"""The agency registry (機関台帳): agencies and cooperating organisations."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.agency_registry_rules import AgencyRegistryRules
from domain.cooperating_organisation import CooperatingOrganisation
from domain.errors import (
    AgencyAlreadyRegisteredError,
    CooperatingOrganisationAlreadyRegisteredError,
)
from domain.recording import Recording
from domain.registry_entry import AgencyRecord, EntryVersion, RegistryEntry

# One registry for the whole ledger, found by everyone under this fixed id. It
# is small (tens of agencies), codes must be unique, and listing it needs no
# projection, so it is one aggregate.
REGISTRY_ID = uuid5(UUID("6f1c1e0a-5d0b-4e8a-9a44-6a7573686f75"), "agency-registry")


class AgencyRegistry(AgencyRegistryRules, Aggregate):
    """The agency registry (機関台帳, kikan daicho) of the plan's agencies."""

    class Opened(Aggregate.Created):
        """The registry was opened (台帳の開設), empty."""

        recorded_by: str

    class AgencyRegistered(Aggregate.Event):
        """An agency was registered (機関の登録) from `registered_on`."""

        entry: RegistryEntry
        registered_on: date
        recorded_by: str

    class AgencyChanged(Aggregate.Event):
        """An agency's entry was replaced by a full new statement (変更)."""

        entry: RegistryEntry
        changed_on: date
        recorded_by: str

    class AgencyDeactivated(Aggregate.Event):
        """An agency stopped (廃止・休止) from `deactivated_on` onwards."""

        code: str
        deactivated_on: date
        reason: str
        recorded_by: str

    class CooperatingOrganisationRegistered(Aggregate.Event):
        """A body agreed to take people in for 参加支援 (協力機関・団体の登録)."""

        org_id: UUID
        name_ja: str
        kind: str
        district: str | None
        registered_on: date
        recorded_by: str

    class CooperatingOrganisationDeactivated(Aggregate.Event):
        """A cooperating organisation stopped cooperating from `deactivated_on`."""

        org_id: UUID
        deactivated_on: date
        reason: str
        recorded_by: str

    @event(Opened)
    def __init__(self, id: UUID, recorded_by: str) -> None:
        self.agencies: dict[str, AgencyRecord] = {}
        self.organisations: dict[str, CooperatingOrganisation] = {}

    @classmethod
    def open(cls, recorded_by: str) -> AgencyRegistry:
        return cls(id=REGISTRY_ID, recorded_by=recorded_by)

    # --- agencies ------------------------------------------------------------

    def register(
        self,
        entry: RegistryEntry,
        on: date,
        recorded_by: str,
        recording: Recording | None = None,
    ) -> None:
        """Register from `on`; `recording` is None only for the plan's own seed."""
        entry.check()
        _check_date(recording, "registered_on", on)
        if entry.code in self.agencies:
            raise AgencyAlreadyRegisteredError(entry.code)
        self._agency_registered(entry=entry, registered_on=on, recorded_by=recorded_by)

    @event(AgencyRegistered)
    def _agency_registered(
        self, entry: RegistryEntry, registered_on: date, recorded_by: str
    ) -> None:
        self.agencies[entry.code] = AgencyRecord((EntryVersion(registered_on, entry),))

    def change(
        self,
        entry: RegistryEntry,
        on: date,
        recorded_by: str,
        recording: Recording | None = None,
    ) -> None:
        """Replace the entry from `on`; an unchanged entry records nothing."""
        entry.check()
        _check_date(recording, "changed_on", on)
        self._check_changeable(entry.code, on)
        if entry == self.entry(entry.code):
            return
        self._agency_changed(entry=entry, changed_on=on, recorded_by=recorded_by)

    @event(AgencyChanged)
    def _agency_changed(
        self, entry: RegistryEntry, changed_on: date, recorded_by: str
    ) -> None:
        self.agencies[entry.code] = self.agencies[entry.code].changed(entry, changed_on)

    def deactivate(
        self,
        code: str,
        on: date,
        reason: str,
        recorded_by: str,
        recording: Recording | None = None,
    ) -> None:
        _check_date(recording, "deactivated_on", on)
        self._check_changeable(code, on)
        self._agency_deactivated(
            code=code, deactivated_on=on, reason=reason, recorded_by=recorded_by
        )

    @event(AgencyDeactivated)
    def _agency_deactivated(
        self, code: str, deactivated_on: date, reason: str, recorded_by: str
    ) -> None:
        self.agencies[code] = self.agencies[code].deactivated(deactivated_on, reason)

    # --- cooperating organisations (協力機関・団体) ----------------------------

    def register_organisation(
        self,
        organisation: CooperatingOrganisation,
        recorded_by: str,
        recording: Recording | None = None,
    ) -> None:
        organisation.check()
        _check_date(recording, "registered_on", organisation.registered_on)
        if str(organisation.org_id) in self.organisations:
            raise CooperatingOrganisationAlreadyRegisteredError(
                str(organisation.org_id)
            )
        self._organisation_registered(
            org_id=organisation.org_id,
            name_ja=organisation.name_ja,
            kind=organisation.kind,
            district=organisation.district,
            registered_on=organisation.registered_on,
            recorded_by=recorded_by,
        )

    @event(CooperatingOrganisationRegistered)
    def _organisation_registered(  # noqa: PLR0917 (the event's fields)
        self,
        org_id: UUID,
        name_ja: str,
        kind: str,
        district: str | None,
        registered_on: date,
        recorded_by: str,
    ) -> None:
        self.organisations[str(org_id)] = CooperatingOrganisation(
            org_id, name_ja, kind, district, registered_on
        )

    def deactivate_organisation(
        self,
        org_id: UUID,
        on: date,
        reason: str,
        recorded_by: str,
        recording: Recording | None = None,
    ) -> None:
        _check_date(recording, "deactivated_on", on)
        self._check_organisation_active(org_id, on)
        self._organisation_deactivated(
            org_id=org_id, deactivated_on=on, reason=reason, recorded_by=recorded_by
        )

    @event(CooperatingOrganisationDeactivated)
    def _organisation_deactivated(
        self, org_id: UUID, deactivated_on: date, reason: str, recorded_by: str
    ) -> None:
        key = str(org_id)
        self.organisations[key] = self.organisations[key].deactivated(
            deactivated_on, reason
        )


def _check_date(recording: Recording | None, field: str, on: date) -> None:
    """Registry dates record what happened: not ahead, not too far back (R1)."""
    if recording is not None:
        recording.check(field, on)
