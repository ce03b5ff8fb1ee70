"""The vocabularies a client needs to name a lawful basis (any signed-in user).

`GET /v1/categories`: the categories of information (情報の区分) consents and
disclosures are made of, with Japanese labels. `GET /v1/statutes`: the
statutes a share may rest on, each with its law and article as the law
numbers them, who may invoke it, and to whom it may go.
"""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from application.access.policy import Action
from domain.catalogue.categories import Category
from domain.catalogue.statutes import STATUTES, Statute
from interfaces.http.access import allowed

router = APIRouter(prefix="/v1", tags=["agencies"])


class CategoryResponse(BaseModel):
    code: str
    label_ja: str


class StatuteResponse(BaseModel):
    code: str
    law_ja: str
    article_ja: str
    summary_ja: str
    invoked_by: str  # municipal | operator | anyone
    to_municipality_only: bool

    @classmethod
    def of(cls, statute: Statute) -> StatuteResponse:
        return cls(
            code=statute.code,
            law_ja=statute.law_ja,
            article_ja=statute.article_ja,
            summary_ja=statute.summary_ja,
            invoked_by=statute.provider.value,
            to_municipality_only=statute.to_municipality_only,
        )


@router.get("/categories", dependencies=[allowed(Action.READ_REGISTRY)])
def list_categories() -> list[CategoryResponse]:
    """The categories of information, in the catalogue's order."""
    return [CategoryResponse(code=c.value, label_ja=c.label_ja) for c in Category]


@router.get("/statutes", dependencies=[allowed(Action.READ_REGISTRY)])
def list_statutes() -> list[StatuteResponse]:
    """The statutes a referral or a disclosure may rest on (法令に基づく提供)."""
    return [StatuteResponse.of(statute) for statute in STATUTES]
