"""The agency registry (機関台帳), managed by admins.

Registering, deactivating agencies and cooperating organisations (協力機関);
every act is an event on the one `AgencyRegistry`, naming the admin who did it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from domain.registry_entry import RegistryEntry
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.values import Code, Codes, ShortText

router = APIRouter(prefix="/v1/registry", tags=["registry 機関台帳"])
Admin = Annotated[Actor, allowed(Action.MANAGE_REGISTRY)]


class RegisterAgencyRequest(BaseModel):
    code: Code
    name_ja: ShortText
    fields: Codes = Field(default_factory=list)
    projects: Codes = Field(min_length=1)
    operation: Code
    address: ShortText | None = None
    section: Code | None = None
    facility_types: Codes = Field(default_factory=list)
    registered_on: date


class DeactivateAgencyRequest(BaseModel):
    deactivated_on: date
    reason: ShortText


class RegisterOrganisationRequest(BaseModel):
    name_ja: ShortText
    kind: Code
    district: ShortText | None = None
    registered_on: date


class RegistryVersionResponse(BaseModel):
    version: int


class OrganisationResponse(BaseModel):
    org_id: UUID
    version: int


@router.post("/agencies", status_code=201)
def register_agency(
    body: RegisterAgencyRequest, actor: Admin, ledger: Ledger
) -> RegistryVersionResponse:
    entry = RegistryEntry(
        **body.model_dump(exclude={"registered_on"}, mode="python")
        | {k: tuple(getattr(body, k)) for k in ("fields", "projects", "facility_types")}
    )
    version = ledger.register_agency(actor, entry, body.registered_on)
    return RegistryVersionResponse(version=version)


@router.post("/agencies/{code}/deactivate")
def deactivate_agency(
    code: Code, body: DeactivateAgencyRequest, actor: Admin, ledger: Ledger
) -> RegistryVersionResponse:
    version = ledger.deactivate_agency(actor, code, body.deactivated_on, body.reason)
    return RegistryVersionResponse(version=version)


@router.post("/organisations", status_code=201)
def register_organisation(
    body: RegisterOrganisationRequest, actor: Admin, ledger: Ledger
) -> OrganisationResponse:
    org_id, version = ledger.register_cooperating_organisation(
        actor, **body.model_dump(mode="python")
    )
    return OrganisationResponse(org_id=org_id, version=version)
