"""GET /v1/agencies: the registry's active agencies with their Japanese names.

Any signed-in user of any role may read it; no one anonymously.
"""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from application.access.policy import Action
from domain.catalogue import Operation
from domain.registry_entry import RegistryEntry
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.values import IsoDate

router = APIRouter(prefix="/v1/agencies", tags=["agencies"])


class AgencyResponse(BaseModel):
    code: str
    name_ja: str
    fields: list[str]
    projects: list[str]
    operation: str
    operation_ja: str
    address: str | None
    section: str | None
    facility_types: list[str]

    @classmethod
    def of(cls, entry: RegistryEntry) -> AgencyResponse:
        return cls(
            code=entry.code,
            name_ja=entry.name_ja,
            fields=list(entry.fields),
            projects=list(entry.projects),
            operation=entry.operation,
            operation_ja=Operation(entry.operation).label_ja,
            address=entry.address,
            section=entry.section,
            facility_types=list(entry.facility_types),
        )


@router.get("", dependencies=[allowed(Action.READ_REGISTRY)])
def list_agencies(ledger: Ledger, on: IsoDate | None = None) -> list[AgencyResponse]:
    """The agencies active on `on` (default: today in Tokyo), as the registry says."""
    return [AgencyResponse.of(entry) for entry in ledger.active_agencies(on)]
