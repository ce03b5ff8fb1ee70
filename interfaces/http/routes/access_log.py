"""GET /v1/audit/access-log: who read which case data, when, and why (auditors).

Served from the ledger's own `AccessRecord` events (no read model yet), in
the ledger's global order; `next_after` is the cursor of the next page.
"""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from application.access.log import AccessLogPage, AccessLogQuery
from application.access.policy import Action
from interfaces.http.access import allowed
from interfaces.http.deps import Ledger
from interfaces.http.values import IsoInstant

router = APIRouter(prefix="/v1/audit/access-log", tags=["audit"])


class AccessLogParams(BaseModel):
    """Filters and paging; `case_id` matches the resource read.

    `outcome=denied` lists the refused reads (閲覧拒否): who tried to read
    what they had no basis for.
    """

    user_id: UUID | None = None
    case_id: UUID | None = None
    since: IsoInstant | None = None
    outcome: Literal["allowed", "denied"] | None = None
    after: int = Field(default=0, ge=0, le=2**62)
    limit: int = Field(default=100, ge=1, le=500)

    def query(self) -> AccessLogQuery:
        resource = None if self.case_id is None else str(self.case_id)
        return AccessLogQuery(
            self.after, self.limit, self.user_id, resource, self.since, self.outcome
        )


@router.get("", dependencies=[allowed(Action.READ_AUDIT_TRAIL)])
def read_access_log(
    params: Annotated[AccessLogParams, Query()], ledger: Ledger
) -> AccessLogPage:
    return ledger.access_log(params.query())  # the application's page is the body
