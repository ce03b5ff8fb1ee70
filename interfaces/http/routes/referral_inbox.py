"""An agency's referrals (つなぎ一覧): its inbox, and what it sent.

From the caseloads read model: parties, status and dates, never the reason.
A caller sees only referrals to or from its own agency; the list is recorded
in the access log first.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.directory import ReferralRow
from application.access.policy import Action
from domain.referral import ReferralStatus
from interfaces.http.access import may
from interfaces.http.deps import Ledger
from interfaces.http.paging import NEXT_CURSOR, PageQuery, cursor_of
from interfaces.http.read_models import Views, caught_up
from interfaces.http.values import Code

router = APIRouter(prefix="/v1/referrals", tags=["referrals"])
Lister = Annotated[Actor, may(Action.LIST_CASES)]


class ListReferralsQuery(PageQuery):
    """Which referrals: by receiver, sender and status (all optional)."""

    to_agency: Code | None = Field(None, description="つなぎ先 (receiving agency)")
    from_agency: Code | None = Field(None, description="つなぎ元 (sending agency)")
    status: ReferralStatus | None = Field(None, description="状態 (status)")


class ListedReferralResponse(BaseModel):
    """One referral of the list (the reason is read on the case)."""

    referral_id: UUID = Field(description="つなぎID (referral id)")
    case_id: UUID = Field(description="ケースID (case id)")
    from_agency: str = Field(description="つなぎ元 (sending agency)")
    to_agency: str = Field(description="つなぎ先 (receiving agency)")
    status: ReferralStatus = Field(description="状態 (status)")
    requested_on: date = Field(description="依頼日 (requested on)")
    changed_on: date = Field(description="最終更新日 (last step on)")

    @classmethod
    def of(cls, row: ReferralRow) -> ListedReferralResponse:
        fields = {name: getattr(row, name) for name in cls.model_fields}
        return cls(**fields)


class ReferralPageResponse(BaseModel):
    """A page of referrals, by id."""

    referrals: list[ListedReferralResponse] = Field(description="つなぎ (referrals)")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


@router.get("", operation_id="list_referrals", dependencies=[caught_up("caseloads")])
def list_referrals(
    query: Annotated[ListReferralsQuery, Query()],
    actor: Lister,
    ledger: Ledger,
    views: Views,
) -> ReferralPageResponse:
    """Referrals to or from the caller's agency (`to_agency` = its inbox)."""
    status = None if query.status is None else query.status.value
    where = {"to_agency": query.to_agency, "from_agency": query.from_agency}

    def rows(after: str, limit: int) -> list[ReferralRow]:
        found = views.caseloads.referrals_of(
            actor.agency, after, limit, status=status, **where
        )
        return list(found)

    page = ledger.list_referrals(actor, rows, query.after, query.limit)
    return ReferralPageResponse(
        referrals=[ListedReferralResponse.of(r) for r in page.entries],
        next_cursor=cursor_of(page.next_after),
    )
