"""The agency registry (機関台帳), managed by admins.

Registering, deactivating agencies and cooperating organisations (協力機関);
every act is an event on the one `AgencyRegistry`, naming the admin who did it.
Every write answers the registry's new version (ETag) and takes `If-Match`.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.policy import Action
from domain.registry_entry import RegistryEntry
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.values import BusinessDate, Code, Codes, ShortText
from interfaces.http.versions import CREATED, Versioned, answers

router = APIRouter(prefix="/v1/registry", tags=["registry"])
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
    registered_on: BusinessDate

    def entry(self) -> RegistryEntry:
        data = self.model_dump(exclude={"registered_on"}, mode="python")
        codes = ("fields", "projects", "facility_types")
        return RegistryEntry(**data | {k: tuple(data[k]) for k in codes})


class DeactivateAgencyRequest(BaseModel):
    deactivated_on: BusinessDate
    reason: ShortText


class RegisterOrganisationRequest(BaseModel):
    name_ja: ShortText
    kind: Code
    district: ShortText | None = None
    registered_on: BusinessDate


class RegisteredAgencyResponse(BaseModel):
    code: str
    version: int


class RegistryVersionResponse(BaseModel):
    version: int


class OrganisationResponse(BaseModel):
    org_id: UUID
    version: int


@router.post("/agencies", **CREATED)
def register_agency(
    body: RegisterAgencyRequest, actor: Admin, ledger: Ledger, v: Versioned
) -> RegisteredAgencyResponse:
    """The code is the new agency's id; the version is the registry's."""
    version = ledger.register_agency(
        actor, body.entry(), body.registered_on, v.expected
    )
    v.set(version)
    return RegisteredAgencyResponse(code=body.code, version=version)


# 200 with the version, not 204: it answered so before the rule (CONTRIBUTING.md)
# and its clients may read the body.
@router.post("/agencies/{code}/deactivate", **answers(200))
def deactivate_agency(
    code: Code,
    body: DeactivateAgencyRequest,
    actor: Admin,
    ledger: Ledger,
    v: Versioned,
) -> RegistryVersionResponse:
    when, why = body.deactivated_on, body.reason
    version = ledger.deactivate_agency(actor, code, when, why, v.expected)
    v.set(version)
    return RegistryVersionResponse(version=version)


@router.post("/organisations", **CREATED)
def register_organisation(
    body: RegisterOrganisationRequest, actor: Admin, ledger: Ledger, v: Versioned
) -> OrganisationResponse:
    org_id, version = ledger.register_cooperating_organisation(
        actor, **body.model_dump(mode="python"), expected=v.expected
    )
    v.set(version)
    return OrganisationResponse(org_id=org_id, version=version)
