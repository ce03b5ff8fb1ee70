"""GET /v1/agencies: the plan's agencies with their Japanese names."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from domain.catalogue import AGENCIES

router = APIRouter(prefix="/v1/agencies", tags=["agencies 支援関係機関"])


class AgencyResponse(BaseModel):
    code: str
    name_ja: str
    fields: list[str]
    projects: list[str]
    operation: str
    operation_ja: str
    address: str | None
    section: str | None


@router.get("")
def list_agencies() -> list[AgencyResponse]:
    return [
        AgencyResponse(
            code=a.code,
            name_ja=a.name_ja,
            fields=[f.value for f in a.fields],
            projects=[p.value for p in a.projects],
            operation=a.operation.value,
            operation_ja=a.operation.label_ja,
            address=a.address,
            section=a.section,
        )
        for a in AGENCIES
    ]
