"""GET /v1/audit/access-log: who read which case data, when, and why (auditors).

Served from the ledger's own `AccessRecord` events (no read model yet), in
the ledger's global order; `next_after` is the cursor of the next page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from application.access_log import AccessLogPage, AccessLogQuery
from application.policy import Action
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger

router = APIRouter(prefix="/v1/audit/access-log", tags=["audit 監査"])


class AccessEntryResponse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    position: int
    record_id: UUID
    user_id: UUID
    agency: str
    role: str
    action: str
    resource_type: str
    resource_id: str
    purpose: str
    at: datetime


class AccessLogResponse(BaseModel):
    entries: list[AccessEntryResponse]
    next_after: int | None

    @classmethod
    def of(cls, page: AccessLogPage) -> AccessLogResponse:
        entries = [AccessEntryResponse.model_validate(e) for e in page.entries]
        return cls(entries=entries, next_after=page.next_after)


class AccessLogParams(BaseModel):
    """Filters and paging; `case_id` matches the resource read."""

    user_id: UUID | None = None
    case_id: UUID | None = None
    since: AwareDatetime | None = None
    after: int = Field(default=0, ge=0, le=2**62)
    limit: int = Field(default=100, ge=1, le=500)

    def query(self) -> AccessLogQuery:
        resource = None if self.case_id is None else str(self.case_id)
        return AccessLogQuery(
            self.after, self.limit, self.user_id, resource, self.since
        )


@router.get("", dependencies=[allowed(Action.READ_AUDIT_TRAIL)])
def read_access_log(
    params: Annotated[AccessLogParams, Query()], ledger: Ledger
) -> AccessLogResponse:
    return AccessLogResponse.of(ledger.access_log(params.query()))
