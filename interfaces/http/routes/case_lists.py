"""Finding cases (ケース一覧): the caller's own and those shared with it today.

Served from the caseloads read model; each case listed is judged by the
access policy as a read of it would be, and the list itself is recorded in
the access log first (`application/access/lists.py`).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from application.access.actor import Actor
from application.access.lists import Candidates, CaseQuery, ListedCase
from application.access.policy import Action
from application.case_ledger import CaseLedger
from domain.catalogue import Field as WelfareField
from interfaces.http.access import may
from interfaces.http.deps import Ledger
from interfaces.http.paging import NEXT_CURSOR, PageQuery, cursor_of
from interfaces.http.read_models import Views, caught_up
from interfaces.http.values import Code, ShortText
from projections.caseload_lists import CaseFilter
from projections.caseloads import CaseStatus
from projections.read_models import ReadModels

router = APIRouter(prefix="/v1/cases", tags=["cases"])
Lister = Annotated[Actor, may(Action.LIST_CASES)]


class ListCasesQuery(PageQuery):
    """The filters of a case list; each narrows it (all are optional)."""

    agency: Code | None = Field(None, description="受付機関 (the owning agency)")
    worker: UUID | None = Field(None, description="担当者 (the intake worker's id)")
    status: CaseStatus | None = Field(None, description="段階 (stage of the case)")
    field: WelfareField | None = Field(None, description="分野 (a field of the case)")
    review_due: bool = Field(
        False,
        description=(
            "見直し期限切れ: only cases with a plan whose review date has passed"
        ),
    )
    q: ShortText | None = Field(
        None,
        description=(
            "氏名・カナで検索 (name or kana): matches only cases whose identity "
            "the caller may see"
        ),
    )
    purpose: str = Field(
        "case_work",
        pattern=r"^[a-z0-9_]{1,40}$",
        description="閲覧目的 (why the list is read), kept in the access log",
    )


class ListedCaseResponse(BaseModel):
    """One case of the list (no personal data: read the case for that)."""

    case_id: UUID = Field(description="ケースID (case id)")
    view: str = Field(description="full (own agency) or shared (共有)")
    intake_agency: str = Field(description="受付機関 (the owning agency's code)")
    worker: UUID | None = Field(description="担当者 (intake worker); owner only")
    fields: list[str] = Field(description="分野 (fields) the caller may see")
    status: CaseStatus = Field(description="段階 (stage)")
    opened_on: date = Field(description="受付日 (opened on)")
    closed_on: date | None = Field(description="終結日 (closed on)")
    next_review_on: date | None = Field(
        description="次回見直し日 (earliest review date of a live plan)"
    )

    @classmethod
    def of(cls, case: ListedCase) -> ListedCaseResponse:
        return cls(**{**vars(case), "worker": case.worker and UUID(case.worker)})


class CasePageResponse(BaseModel):
    """A page of the case list."""

    cases: list[ListedCaseResponse] = Field(description="ケース (cases), by id")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


@router.get("", operation_id="list_cases", dependencies=[caught_up("caseloads")])
def list_cases(
    query: Annotated[ListCasesQuery, Query()],
    actor: Lister,
    ledger: Ledger,
    views: Views,
) -> CasePageResponse:
    """Cases the caller may read today, by id; the list is logged first.

    Own cases whole; another agency's only while a consent or an accepted
    referral shares it today, and found only by what that share shows.
    """
    page = ledger.list_cases(
        actor, _candidates(views, ledger, actor, query), _case_query(query)
    )
    return CasePageResponse(
        cases=[ListedCaseResponse.of(c) for c in page.cases],
        next_cursor=cursor_of(page.next_after),
    )


def _case_query(query: ListCasesQuery) -> CaseQuery:
    filters = {
        "agency": query.agency,
        "worker": query.worker and str(query.worker),
        "status": query.status and query.status.value,
        "field": query.field and query.field.value,
        "review_due": "true" if query.review_due else None,
    }
    return CaseQuery(
        filters={k: v for k, v in filters.items() if v},
        q=query.q,
        after=query.after,
        limit=query.limit,
        purpose=query.purpose,
    )


def _candidates(
    views: ReadModels, ledger: CaseLedger, actor: Actor, query: ListCasesQuery
) -> Candidates:
    where = CaseFilter(
        reader=actor.agency,
        agency=query.agency,
        worker=None if query.worker is None else str(query.worker),
        status=query.status and query.status.value,
        field=query.field and query.field.value,
        review_before=ledger.today() if query.review_due else None,
    )
    return lambda after, limit: views.caseloads.case_candidates(where, after, limit)
